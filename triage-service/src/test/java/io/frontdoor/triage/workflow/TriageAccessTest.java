package io.frontdoor.triage.workflow;

import static io.frontdoor.infra.AccessTable.ALLOWED;
import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call every triage-service endpoint, each role in its column; each read of a triage, and each refused attempt, audited; and a partner
 * acting only for its own agency: another agency's referral is answered as one that does not exist.
 */
class TriageAccessTest {

    static final Instant RECEIVED = Instant.parse("2026-11-18T10:15:00Z");
    /** The contact's referrer is a school (Contacts.immediateDanger), so this partner acts for it. */
    static final TestActor SCHOOL = TestActor.partner("school.referrer", "EDUCATION");
    static final TestActor POLICE = TestActor.partner("police.referrer", "POLICE");
    static final TestActor PRACTITIONER = TestActor.practitioner("pat");
    static final TestActor MANAGER = TestActor.manager("max");

    /**
     * Every endpoint the service maps, by its own pattern (the test below checks none is missing). Rows run in order:
     * the contact is allocated before it is decided, and no call closes it. ALLOWED: neither 401 nor 403 (nor a 5xx).
     */
    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN,
                    caller("school referrer (the contact's agency)", SCHOOL),
                    caller("practitioner", PRACTITIONER), caller("manager", MANAGER),
                    caller("auditor", TestActor.auditor("alex")), caller("admin", TestActor.admin("ada")),
                    caller("no role", TestActor.noRole("nora")))
            //                                                                      none partner pract. manager auditor admin no role
            .row("GET /api/triages/{contactId}",                                     401, 403, 200, 200, 200, 403, 403)
            .row("GET /api/triages/{contactId}/state",                               401, 403, 200, 200, 200, 403, 403)
            .row("POST /api/triages/{contactId}/closure",                            401, 403, 400, 400, 403, 403, 403)
            .row("POST /api/triages/{contactId}/decision/authorisation",             401, 403, 403, 409, 403, 403, 403)
            .row("POST /api/triages/{contactId}/decision/return",                    401, 403, 403, 409, 403, 403, 403)
            .row("POST /api/triages/{contactId}/allocation",                         401, 403, 200, 200, 403, 403, 403)
            .row("POST /api/triages/{contactId}/partner-checks",                     401, 403, 201, 201, 403, 403, 403)
            .row("GET /api/triages/{contactId}/partner-checks/{checkId}",            401, 404, 200, 200, 200, 403, 403)
            .row("POST /api/triages/{contactId}/partner-checks/{checkId}/response",  401, 404, ALLOWED, ALLOWED, 403, 403, 403)
            .row("POST /api/triages/{contactId}/decision",                           401, 403, ALLOWED, ALLOWED, 403, 403, 403)
            .row("POST /api/triages/{contactId}/strategy-discussion-outcome",        401, 403, ALLOWED, ALLOWED, 403, 403, 403)
            .row("POST /api/triages/{contactId}/feedback",                           401, 403, 200, 200, 403, 403, 403)
            .row("POST /api/triages/{contactId}/child-links/{childIndex}/review",    401, 403, ALLOWED, ALLOWED, 403, 403, 403)
            .row("POST /api/triages/{contactId}/review",                             401, 403, 409, 409, 403, 403, 403)
            .row("POST /api/triages/{contactId}/disagreements",                      401, 201, 201, 201, 403, 403, 403)
            .row("POST /api/escalations/{escalationId}/stage-outcome",               401, 403, 403, ALLOWED, 403, 403, 403)
            .row("GET /api/packs",                                                   401, 200, 200, 200, 200, 403, 403)
            .row("GET /api/packs/{id}",                                              401, 200, 200, 200, 200, 403, 403)
            .row("POST /api/threshold/evaluate?pack=luton",                          401, ALLOWED, ALLOWED, ALLOWED, ALLOWED, 403, 403)
            .row("GET /api/da-triage/meetings/next?pack=north-lincolnshire",         401, 403, 200, 200, 200, 403, 403)
            .row("GET /api/da-triage/meetings/{pack}/{date}",                        401, 403, 404, 404, 404, 403, 403)
            .row("POST /api/da-triage/meetings/{pack}/{date}/opening",               401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/da-triage/meetings/{pack}/{date}/items/{contactId}/outcome", 401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/da-triage/meetings/{pack}/{date}/closing",               401, 403, 404, 404, 403, 403, 403)
            .row("GET /api/early-help/{episodeId}",                                  401, 403, 404, 404, 404, 403, 403)
            .row("POST /api/early-help/{episodeId}/consent",                         401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/early-help/{episodeId}/lead-professional",               401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/early-help/{episodeId}/planning-meeting",                401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/early-help/{episodeId}/plan-distributed",                401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/early-help/{episodeId}/reviews",                         401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/early-help/{episodeId}/step-up",                         401, 403, 404, 404, 403, 403, 403)
            .row("POST /api/early-help/{episodeId}/closure",                         401, 403, 404, 404, 403, 403, 403)
            .row("GET /api/audit/access?user=pat",                                   401, 403, 403, 403, 200, 403, 403)
            .row("GET /api/admin/dead-letters/topics",                               401, 403, 403, 403, 403, 200, 403)
            .row("GET /api/admin/dead-letters?topic=frontdoor.contacts.v1&limit=5",  401, 403, 403, 403, 403, 200, 403)
            .row("POST /api/admin/dead-letters/{topic}/{partition}/{offset}/replay", 401, 403, 403, 403, 403, 404, 403);

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());
    static String contactId;
    static final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    static void aContactToCallAbout() throws Exception {
        contactId = TriageService.publishContact(Contacts.immediateDanger("luton", RECEIVED), RECEIVED);
        triage.awaitTriage(contactId);
        var check = triage.post("/api/triages/" + contactId + "/partner-checks", "{\"agency\": \"POLICE\", \"question\": \"known?\"}");
        var raised = triage.post("/api/triages/" + contactId + "/disagreements", "{\"reason\": \"set up for the table\"}");
        ids.put("{contactId}", contactId);
        ids.put("{checkId}", EventEnvelopes.JSON.readTree(check.body()).get("checkId").asString());
        ids.put("{escalationId}", EventEnvelopes.JSON.readTree(raised.body()).get("escalationId").asString());
        ids.put("{childIndex}", "0");
        ids.put("{id}", "luton");
        ids.put("{pack}", "luton");
        ids.put("{date}", "2026-11-25");
        ids.put("{episodeId}", "eh-" + contactId);
        ids.put("{topic}", "frontdoor.contacts.v1");
        ids.put("{partition}", "0");
        ids.put("{offset}", "999999999");
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        String[] call = expected.endpoint().split(" ", 2);
        String path = call[1];
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        TestActor as = expected.caller().actor();
        long viewsBefore = views();

        HttpResponse<String> response = call[0].equals("GET") ? triage.get(path, as) : triage.post(path, body(path), as);

        AccessTable.assertAnswer(expected, response);
        assertThat(response.statusCode()).as("%s: %s", expected, response.body()).isLessThan(500);
        boolean anAttemptAtTheTriage = expected.endpoint().startsWith("GET /api/triages/{contactId}") && as != null
                || expected.endpoint().endsWith("/response") && as == SCHOOL; // the police's check: refused to the school
        assertThat(views() - viewsBefore).as("access audit entries written, allowed or refused").isEqualTo(anAttemptAtTheTriage ? 1 : 0);
        if (anAttemptAtTheTriage) {
            assertThat(triage.jdbc().queryForObject("SELECT outcome FROM access_audit WHERE record_id = ? ORDER BY id DESC LIMIT 1",
                    String.class, contactId)).isEqualTo(expected.expected() == 200 ? "ALLOWED" : "REFUSED");
        }
    }

    /** A new endpoint without its row here (and its line in the access rules) fails this test. */
    @Test
    void theTableHasARowForEveryEndpointTheServiceMaps() {
        var mapping = triage.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
            if (!handler.getValue().getBeanType().getName().startsWith("io.frontdoor")) {
                continue;
            }
            RequestMappingInfo info = handler.getKey();
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    mapped.add(method.name() + " " + pattern);
                }
            }
        }
        Set<String> inTable = TABLE.cases().map(c -> c.endpoint().replaceAll("\\?.*", "")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("the table's endpoints").isEqualTo(mapped);
    }

    @Test
    void aPartnerAnswersTheChecksAskedOfItsOwnKindOfAgencyOnly() throws Exception {
        TestActor health = TestActor.partner("health.visitor", "HEALTH");
        String checkId = EventEnvelopes.JSON.readTree(triage.post("/api/triages/" + contactId + "/partner-checks",
                "{\"agency\": \"HEALTH\", \"question\": \"known to health visiting?\"}", PRACTITIONER).body()).get("checkId").asString();
        String answer = "/api/triages/" + contactId + "/partner-checks/" + checkId + "/response";
        long refusedBefore = triage.jdbc().queryForObject(
                "SELECT count(*) FROM access_audit WHERE record_id = ? AND outcome = 'REFUSED' AND endpoint LIKE '%/response'", Long.class, contactId);

        assertThat(triage.get("/api/triages/" + contactId + "/partner-checks/" + checkId, POLICE).statusCode()).isEqualTo(404);
        JsonNode asked = EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + contactId + "/partner-checks/" + checkId, health).body());
        assertThat(asked.get("question").asString()).isEqualTo("known to health visiting?");
        assertThat(asked.get("children").get(0).get("givenName").isString()).as("who to search for").isTrue();
        assertThat(asked.get("response").isNull()).isTrue();

        HttpResponse<String> byThePolice = triage.post(answer, "{\"response\": \"not ours to answer\"}", POLICE);
        assertThat(byThePolice.statusCode()).as(byThePolice.body()).isEqualTo(404);
        assertThat(triage.jdbc().queryForObject(
                "SELECT count(*) FROM access_audit WHERE record_id = ? AND outcome = 'REFUSED' AND endpoint LIKE '%/response'", Long.class, contactId))
                .as("the police's attempt at health's check is audited as refused").isEqualTo(refusedBefore + 1);

        HttpResponse<String> byHealth = triage.post(answer, "{\"response\": \"known: seen at 6 weeks\"}", health);
        assertThat(byHealth.statusCode()).as(byHealth.body()).isEqualTo(200);
        var published = TriageWorkflowTest.awaitPublished(contactId, "health's answer", seen -> seen.stream()
                .anyMatch(e -> e.eventType().equals("PartnerCheckResponded") && e.payload().get("checkId").asString().equals(checkId)));
        EventEnvelope responded = published.stream().filter(e -> e.eventType().equals("PartnerCheckResponded")
                && e.payload().get("checkId").asString().equals(checkId)).findFirst().orElseThrow();
        assertThat(responded.payload().get("recordedBy").asString()).as("who answered, from the token").isEqualTo("health.visitor");
        assertThat(responded.payload().get("agency").asString()).isEqualTo("HEALTH");
        assertThat(triage.post(answer, "{\"response\": \"again\"}", health).statusCode()).as("answered once").isEqualTo(409);
        JsonNode answered = EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + contactId + "/partner-checks/" + checkId, health).body());
        assertThat(answered.get("response").asString()).isEqualTo("known: seen at 6 weeks");
        assertThat(answered.get("answeredBy").asString()).isEqualTo("health.visitor");
    }

    @Test
    void aPartnerOfAnotherAgencyCannotRaiseADisagreementNorLearnThatTheReferralExists() {
        long raisedBefore = escalationsRaised();
        String unknown = UUID.randomUUID().toString();
        String body = "{\"reason\": \"we disagree\", \"concernLevel\": \"HIGH\"}";

        HttpResponse<String> another = triage.post("/api/triages/" + contactId + "/disagreements", body, POLICE);
        HttpResponse<String> none = triage.post("/api/triages/" + unknown + "/disagreements", body, POLICE);

        assertThat(another.statusCode()).as(another.body()).isEqualTo(404);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(404);
        assertThat(another.body().replace(contactId, "ID")).as("another agency's referral answers as one that does not exist")
                .isEqualTo(none.body().replace(unknown, "ID"));
        assertThat(another.body()).doesNotContain("EDUCATION", "luton", "no triage");
        assertThat(triage.get("/api/triages/" + contactId, POLICE).statusCode()).isEqualTo(403);
        assertThat(escalationsRaised()).as("no disagreement recorded").isEqualTo(raisedBefore);
    }

    @Test
    void aDisagreementRecordsWhoRaisedItFromTheTokenNeverFromTheBody() throws Exception {
        String claimingSomeoneElse = """
                {"raisedBy": "someone.else", "raisedByAgency": "POLICE", "reason": "%s"}""";
        var claim = triage.post("/api/triages/" + contactId + "/disagreements", claimingSomeoneElse.formatted("a claim"), SCHOOL);
        assertThat(claim.statusCode()).as("a body naming who raises it is refused, not obeyed").isEqualTo(400);
        assertThat(claim.body()).contains("\"field\":\"raisedBy\"");
        String reason = "{\"reason\": \"%s\"}";
        assertThat(triage.post("/api/triages/" + contactId + "/disagreements",
                reason.formatted("from the school"), SCHOOL).statusCode()).isEqualTo(201);
        assertThat(triage.post("/api/triages/" + contactId + "/disagreements",
                reason.formatted("from the front door"), PRACTITIONER).statusCode()).isEqualTo(201);

        var published = TriageWorkflowTest.awaitPublished(contactId, "both disagreements", seen -> raised(seen, "from the school") != null
                && raised(seen, "from the front door") != null);
        EventEnvelope bySchool = raised(published, "from the school");
        assertThat(bySchool.payload().get("raisedBy").asString()).isEqualTo("school.referrer");
        assertThat(bySchool.payload().get("raisedByAgency").asString()).as("the partner's agency, from its token").isEqualTo("EDUCATION");
        EventEnvelope byWorker = raised(published, "from the front door");
        assertThat(byWorker.payload().get("raisedBy").asString()).isEqualTo("pat");
        assertThat(byWorker.payload().get("raisedByAgency").asString()).as("a front-door worker raises it for the local authority")
                .isEqualTo("LOCAL_AUTHORITY");
    }

    private static EventEnvelope raised(java.util.List<EventEnvelope> seen, String reason) {
        return seen.stream().filter(e -> e.eventType().equals("EscalationRaised"))
                .filter(e -> e.payload().get("reason").asString().equals(reason)).findFirst().orElse(null);
    }

    static String body(String path) {
        if (path.endsWith("/partner-checks")) {
            return "{\"agency\": \"HEALTH\", \"question\": \"is the family known to the GP?\"}";
        }
        if (path.endsWith("/response")) {
            return "{\"response\": \"known to the GP\"}";
        }
        if (path.endsWith("/allocation")) {
            return "{\"worker\": \"pat\"}";
        }
        if (path.endsWith("/decision")) {
            return "{\"levelRank\": 4, \"routes\": [\"STRATEGY_DISCUSSION\"], \"rationale\": \"immediate danger\"}";
        }
        if (path.endsWith("/strategy-discussion-outcome")) {
            return "{\"section47Enquiry\": false, \"participants\": \"police, school\"}";
        }
        if (path.endsWith("/feedback")) {
            return "{\"kind\": \"NOT_ACCEPTED\", \"method\": \"PHONE\", \"message\": \"acknowledged\"}";
        }
        if (path.startsWith("/api/triages/") && path.endsWith("/closure")) {
            return "{\"reason\": \"DUPLICATE\", \"duplicateOf\": \"" + contactId + "\"}"; // a duplicate of itself: refused, never closed
        }
        if (path.contains("/child-links/")) {
            return "{\"confirmed\": true}";
        }
        if (path.endsWith("/disagreements")) {
            return "{\"reason\": \"the school disagrees\", \"concernLevel\": \"STANDARD\"}";
        }
        if (path.endsWith("/stage-outcome")) {
            return "{\"outcome\": \"AGREEMENT_REACHED\", \"note\": \"talked it through\"}";
        }
        if (path.startsWith("/api/threshold/evaluate")) {
            return "{\"packId\": \"luton\", \"children\": []}";
        }
        if (path.endsWith("/outcome")) {
            return "{\"routes\": [\"EARLY_HELP\"], \"rationale\": \"support\", \"agenciesPresent\": [\"POLICE\"]}";
        }
        if (path.endsWith("/consent")) {
            return "{\"status\": \"GIVEN\"}";
        }
        if (path.matches("/api/triages/[^/]+/review")) {
            return "{\"outcome\": \"DECISION_STANDS\", \"rationale\": \"the update does not change the plan\"}";
        }
        if (path.endsWith("/lead-professional")) {
            return "{\"stage\": 1, \"agency\": \"EDUCATION\", \"person\": \"lead.p\", \"agreed\": true}";
        }
        if (path.endsWith("/step-up")) {
            return "{\"reason\": \"new injury\"}";
        }
        if (path.endsWith("/closure")) {
            return "{\"outcome\": \"NEEDS_MET\", \"reason\": \"PLAN_COMPLETED\"}";
        }
        if (path.endsWith("/planning-meeting") || path.endsWith("/reviews")) {
            return "{\"attendees\": \"school, health visitor\", \"summary\": \"reviewed\"}";
        }
        return "{\"reason\": \"needs the school's view\"}";
    }

    static long views() {
        return triage.jdbc().queryForObject("SELECT count(*) FROM access_audit WHERE record_id = ?", Long.class, contactId);
    }

    static long escalationsRaised() {
        return triage.jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE ?", Long.class,
                "%EscalationRaised");
    }
}
