package io.frontdoor.projection;

import static io.frontdoor.infra.AccessTable.ALLOWED;
import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.SyntheticPersonalData;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestIssuer;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.queue.ContactsTopic;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every projection endpoint against every kind of caller: no token 401, a role without access 403 (both as problem
 * JSON), allowed otherwise; each read of a child's record leaves an access-audit entry the auditor can query.
 */
class ProjectionAccessTest extends ProjectionTest {

    static final TestActor POLICE = TestActor.partner("police.referrer", "POLICE");
    static final TestActor PRACTITIONER = TestActor.practitioner("pat");
    static final AccessTable.Caller[] CALLERS = {NO_TOKEN, caller("police referrer", POLICE),
            caller("practitioner", PRACTITIONER), caller("manager", TestActor.manager("max")),
            caller("auditor", TestActor.auditor("alex")), caller("admin", TestActor.admin("ada")),
            caller("no role", TestActor.noRole("nora"))};
    static final int A = ALLOWED;

    static final AccessTable TABLE = AccessTable.columns(CALLERS)
            .row("GET /api/queue", 401, 403, A, A, A, 403, 403)
            .row("GET /api/queue?asAt=2026-01-01T00:00:00Z", 401, 403, A, A, A, 403, 403)
            .row("GET /api/queue?tab=mine", 401, 403, A, A, A, 403, 403)
            .row("GET /api/queue/tabs", 401, 403, A, A, A, 403, 403)
            .row("GET /api/contacts/c-unknown/timeline", 401, 403, A, A, A, 403, 403)
            .row("GET /api/children/child-unknown/chronology", 401, 403, A, A, A, 403, 403)
            .row("GET /api/dashboard", 401, 403, 403, A, A, 403, 403)
            .row("GET /api/reports/annex-a?from=2026-01-01&to=2026-01-31", 401, 403, 403, A, A, 403, 403)
            .row("GET /api/reports/cin-census?year=2026", 401, 403, 403, A, A, 403, 403)
            .row("GET /api/escalations", 401, 403, 403, A, A, 403, 403)
            .row("GET /api/escalations/e-unknown", 401, 403, 403, A, A, 403, 403)
            .row("GET /api/decisions/under-review?from=2026-01-01&to=2026-01-31", 401, 403, 403, A, A, 403, 403)
            .row("GET /api/partner/referrals?agency=Test%20police", 401, A, A, A, A, 403, 403)
            .row("GET /api/partner/referrals/c-unknown?agency=Test%20police", 401, A, A, A, A, 403, 403)
            .row("GET /api/partner/checks?agency=HEALTH", 401, A, A, A, A, 403, 403)
            .row("GET /api/audit/access?user=pat", 401, 403, 403, 403, A, 403, 403)
            .row("GET /api/admin/views", 401, 403, 403, 403, 403, A, 403)
            .row("GET /api/admin/rebuilds", 401, 403, 403, 403, 403, A, 403)
            .row("GET /api/admin/rebuilds/r-unknown", 401, 403, 403, 403, 403, A, 403)
            .row("POST /api/admin/rebuilds?views=nonsense", 401, 403, 403, 403, 403, A, 403)
            .row("GET /api/admin/dead-letters/topics", 401, 403, 403, 403, 403, A, 403)
            .row("GET /api/admin/dead-letters?topic=frontdoor.triage.v1", 401, 403, 403, 403, 403, A, 403)
            .row("POST /api/admin/dead-letters/frontdoor.triage.v1/0/999999999/replay", 401, 403, 403, 403, 403, A, 403)
            .row("GET /actuator/prometheus", 401, 403, 403, 403, 403, 200, 403)
            .row("GET /actuator/health", 200, 200, 200, 200, 200, 200, 200)
            .row("GET /v3/api-docs", 200, 200, 200, 200, 200, 200, 200)
            .row("GET /", 401, 403, 403, 403, 403, 403, 403) // the queue page is the web front end's, not here
            .row("POST /api/queue", 401, 403, 403, 403, 403, 403, 403)
            .row("GET /api/not-declared", 401, 403, 403, 403, 403, 403, 403);

    static final AccessTable STREAM = AccessTable.columns(CALLERS)
            .row("GET /api/queue/stream", 401, 403, 200, 200, 200, 403, 403);

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    static Stream<AccessTable.Case> stream() {
        return STREAM.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        api().answer(expected);
    }

    /** The live queue never ends when allowed, so only its status line is read. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stream")
    void theLiveQueueAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/queue/stream"));
        if (expected.caller().actor() != null) {
            request.header("Authorization", "Bearer " + TestIssuer.get().token(expected.caller().actor()));
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> body = response.body()) {
            assertThat(response.statusCode()).as(expected.toString()).isEqualTo(expected.expected());
            if (expected.expected() != 200) {
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void eachReadOfAChildsRecordIsInTheAccessAuditForTheAuditor() throws Exception {
        String childId = unique("child");
        String force = unique("Testshire Police");
        TestActor police = TestActor.partner("police.referrer", "POLICE", force);
        ContactStory story = contact(unique("c"), "luton", "2026-11-20T09:00:00Z").from("POLICE", force)
                .child("Amy", "Example", "2019-01-01").received().opened("AMBER", Duration.ofHours(24)).linked(0, childId);
        given(story);
        String viewer = unique("viewer");

        assertThat(call("/api/contacts/" + story.contactId() + "/timeline", TestActor.practitioner(viewer)).statusCode()).isEqualTo(200);
        assertThat(call("/api/children/" + childId + "/chronology", TestActor.practitioner(viewer)).statusCode()).isEqualTo(200);
        assertThat(call("/api/partner/referrals/" + story.contactId(), police).statusCode()).isEqualTo(200);
        assertThat(call("/api/contacts/" + unique("c") + "/timeline", TestActor.practitioner(viewer)).statusCode())
                .as("nothing shown, nothing recorded").isEqualTo(404);

        TestActor listReader = TestActor.partner(unique("police.reader"), "POLICE", force);
        assertThat(texts(get("/api/partner/referrals", listReader), "contactId")).containsExactly(story.contactId());

        JsonNode byUser = get("/api/audit/access?user=" + viewer, TestActor.auditor("alex"));
        assertThat(texts(byUser, "endpoint")).containsExactly("GET /api/children/{childId}/chronology",
                "GET /api/contacts/{contactId}/timeline");
        assertThat(texts(byUser, "recordId")).containsExactly(childId, story.contactId());
        assertThat(texts(byUser, "recordType")).containsExactly("CHILD", "CONTACT");
        JsonNode byRecord = get("/api/audit/access?personViewed=" + story.contactId(), TestActor.auditor("alex"));
        assertThat(texts(byRecord, "userId")).containsExactly(listReader.userId(), "police.referrer", viewer);
        assertThat(texts(byRecord, "endpoint")).containsExactly("GET /api/partner/referrals",
                "GET /api/partner/referrals/{contactId}", "GET /api/contacts/{contactId}/timeline");
        assertThat(texts(byRecord, "agency")).containsExactly("POLICE", "POLICE", null);
    }

    @Test
    void aContactPublishedByIntakeIsInTheQueueForAPractitioner() throws Exception {
        String contactId = ContactsTopic.publish(SyntheticPersonalData.contact("POLICE", "Q-1"));
        JsonNode entry = await("contact " + contactId + " in the queue").atMost(java.time.Duration.ofSeconds(60))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> queueEntry(contactId), java.util.Objects::nonNull);
        assertThat(entry.get("referrerAgency").asString()).isEqualTo("POLICE");
    }

    private JsonNode queueEntry(String contactId) {
        HttpResponse<String> queue = api().get("/api/queue", PRACTITIONER);
        assertThat(queue.statusCode()).isEqualTo(200);
        for (JsonNode entry : EventEnvelopes.JSON.readTree(queue.body())) {
            if (entry.get("contactId").asString().equals(contactId)) {
                return entry;
            }
        }
        return null;
    }
}
