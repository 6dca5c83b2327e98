package io.frontdoor.intake.contact;

import static io.frontdoor.infra.AccessTable.ALLOWED;
import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestIssuer;
import io.frontdoor.intake.partnerfeed.KafkaClient;
import io.frontdoor.intake.partnerfeed.PartnerExamples;
import io.frontdoor.intake.partnerfeed.PartnerExamples.Example;
import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every intake endpoint × every role, as the rules say (ContactAccessRules, SchemaAccessRules and the platform's):
 * who may refer and read contacts at intake; partners only for their own agency; each read audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactAccessTest {

    static final TestActor POLICE = TestActor.partner("police.referrer", "POLICE");
    static final TestActor SCHOOL = TestActor.partner("school.referrer", "EDUCATION");
    static final TestActor AUDITOR = TestActor.auditor("alex");

    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN, caller("police referrer", POLICE),
                    caller("school referrer", SCHOOL), caller("practitioner", TestActor.practitioner("pat")),
                    caller("manager", TestActor.manager("max")), caller("auditor", AUDITOR),
                    caller("admin", TestActor.admin("ada")), caller("no role", TestActor.noRole("nora")))
            //                                 none police school  pract  manag  audit  admin  norole
            .row("POST a police referral",        401, 201, 403, 201, 201, 403, 403, 403)
            .row("POST a school referral",        401, 403, 201, 201, 201, 403, 403, 403)
            .row("GET a police contact",          401, 200, 404, 200, 200, 200, 403, 403)
            .row("GET an unknown contact",        401, 404, 404, 404, 404, 404, 403, 403)
            .row("GET who viewed a contact",      401, 403, 403, 403, 403, 200, 403, 403)
            .row("GET what a user viewed",        401, 403, 403, 403, 403, 200, 403, 403)
            // published contracts, no case data: open while the API description is (SchemaAccessRules)
            .row("GET the schema list",           200, 200, 200, 200, 200, 200, 200, 200)
            .row("GET a schema",                  200, 200, 200, 200, 200, 200, 200, 200)
            .row("GET an unknown schema",         404, 404, 404, 404, 404, 404, 404, 404)
            .row("GET the OpenAPI description",   200, 200, 200, 200, 200, 200, 200, 200)
            .row("GET health",                    200, 200, 200, 200, 200, 200, 200, 200)
            .row("GET an actuator endpoint",      401, 403, 403, 403, 403, 403, ALLOWED, 403)
            .row("POST to an admin path",         401, 403, 403, 403, 403, 403, ALLOWED, 403)
            .row("GET the metrics",               401, 403, 403, 403, 403, 403, 200, 403)
            .row("GET dead-letter topics",        401, 403, 403, 403, 403, 403, 200, 403)
            .row("GET dead letters",              401, 403, 403, 403, 403, 403, 200, 403)
            .row("POST a dead-letter replay",     401, 403, 403, 403, 403, 403, 404, 403)
            // deny by default: what no rule names is refused, signed in or not
            .row("GET the contact list (no rule)", 401, 403, 403, 403, 403, 403, 403, 403)
            .row("DELETE a contact (no rule)",    401, 403, 403, 403, 403, 403, 403, 403)
            .row("POST a schema (no rule)",       401, 403, 403, 403, 403, 403, 403, 403);

    static String policeContactId;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        TestActor as = expected.caller().actor();
        String contactId = policeContact();
        long viewsBefore = views(contactId);

        HttpResponse<String> response = switch (expected.endpoint()) {
            case "POST a police referral" -> api().post("/api/contacts", referral("POLICE", "POL-" + UUID.randomUUID()), as);
            case "POST a school referral" -> api().post("/api/contacts", referral("EDUCATION", "SCH-" + UUID.randomUUID()), as);
            case "GET a police contact" -> api().get("/api/contacts/" + contactId, as);
            case "GET an unknown contact" -> api().get("/api/contacts/" + UUID.randomUUID(), as);
            case "GET who viewed a contact" -> api().get("/api/audit/access?personViewed=" + contactId, as);
            case "GET what a user viewed" -> api().get("/api/audit/access?user=pat", as);
            case "GET the schema list" -> api().get("/api/schemas", as);
            case "GET a schema" -> api().get("/api/schemas/police-domestic-abuse/1", as);
            case "GET an unknown schema" -> api().get("/api/schemas/police-burglary/1", as);
            case "GET the OpenAPI description" -> api().get("/v3/api-docs", as);
            case "GET health" -> api().get("/actuator/health", as);
            case "GET an actuator endpoint" -> api().get("/actuator/env", as);
            case "POST to an admin path" -> api().post("/api/admin/rebuild", "{}", as);
            case "GET the metrics" -> api().get("/actuator/prometheus", as);
            case "GET dead-letter topics" -> api().get("/api/admin/dead-letters/topics", as);
            case "GET dead letters" -> api().get("/api/admin/dead-letters?topic=frontdoor.partner-referrals.v1&limit=5", as);
            case "POST a dead-letter replay" -> api().post("/api/admin/dead-letters/frontdoor.partner-referrals.v1/0/999999999/replay", null, as);
            case "GET the contact list (no rule)" -> api().get("/api/contacts", as);
            case "DELETE a contact (no rule)" -> api().send("DELETE", "/api/contacts/" + contactId, null,
                    as == null ? null : TestIssuer.get().token(as));
            case "POST a schema (no rule)" -> api().post("/api/schemas", "{}", as);
            default -> throw new IllegalArgumentException(expected.endpoint());
        };

        AccessTable.assertAnswer(expected, response);
        boolean anAttemptAtTheContact = expected.endpoint().equals("GET a police contact") && as != null;
        assertThat(views(contactId) - viewsBefore).as("access audit entries written").isEqualTo(anAttemptAtTheContact ? 1 : 0);
        if (anAttemptAtTheContact) {
            assertThat(jdbc.queryForMap("SELECT endpoint, outcome FROM access_audit WHERE record_id = ? AND user_id = ? ORDER BY id DESC LIMIT 1",
                    contactId, as.userId())).isEqualTo(Map.of("endpoint", "GET /api/contacts/{contactId}",
                    "outcome", expected.expected() == 200 ? "ALLOWED" : "REFUSED"));
        }
    }

    @Test
    void aPartnerCannotSeeAnotherAgencysReferralByIdOrByGuess() {
        String reference = "SCH-" + UUID.randomUUID();
        String schoolContact = json(api().post("/api/contacts", referral("EDUCATION", reference), SCHOOL)).get("contactId").asString();

        HttpResponse<String> byId = api().get("/api/contacts/" + schoolContact, POLICE);
        String unknownId = UUID.randomUUID().toString();
        HttpResponse<String> unknown = api().get("/api/contacts/" + unknownId, POLICE);
        assertThat(byId.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
        assertThat(byId.body().replace(schoolContact, "ID")).isEqualTo(unknown.body().replace(unknownId, "ID"));

        HttpResponse<String> guessAsTheSchool = api().post("/api/contacts", referral("EDUCATION", reference), POLICE);
        assertThat(guessAsTheSchool.statusCode()).isEqualTo(403);
        assertThat(guessAsTheSchool.body()).doesNotContain(schoolContact);
        HttpResponse<String> sameReferenceAsPolice = api().post("/api/contacts", referral("POLICE", reference), POLICE);
        assertThat(sameReferenceAsPolice.statusCode()).isEqualTo(201);
        assertThat(json(sameReferenceAsPolice).get("contactId").asString()).isNotEqualTo(schoolContact);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                schoolContact)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT outcome FROM access_audit WHERE record_id = ?", String.class, schoolContact))
                .as("the police's attempt at the school's referral is recorded as refused").containsExactly("REFUSED");
        assertThat(views(unknownId)).as("an id that names no record is nobody's record").isZero();
    }

    /** An agency is its kind and its name: one school neither refers as another nor sees another's referral. */
    @Test
    void aSchoolCannotReferAsAnotherSchoolNorSeeItsReferral() {
        String schoolContact = json(api().post("/api/contacts", referral("EDUCATION", "SCH-" + UUID.randomUUID()), SCHOOL))
                .get("contactId").asString();
        TestActor otherSchool = TestActor.partner("other.school", "EDUCATION", "Another Testshire School");

        assertThat(api().get("/api/contacts/" + schoolContact, otherSchool).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/contacts/" + schoolContact, SCHOOL).statusCode()).isEqualTo(200);
        HttpResponse<String> asTheFirstSchool = api().post("/api/contacts", referral("EDUCATION", "SCH-" + UUID.randomUUID()), otherSchool);
        assertThat(asTheFirstSchool.statusCode()).isEqualTo(403);
        assertThat(asTheFirstSchool.body()).contains("may refer only for its own agency");
    }

    /**
     * A partner-feed contact's id is derived from (sender, reference), so another agency can compute it from a
     * reference it has seen or guessed: it is answered exactly as an id that does not exist, and the attempt is audited.
     */
    @Test
    void aPartnerCannotSeeAnotherAgencysFeedReferralByItsDerivableId() throws Exception {
        Example fromThePolice = PartnerExamples.of("police-child-concern").withReference("GUESS-" + UUID.randomUUID());
        KafkaClient.send(fromThePolice, null);
        String guessed = ContactIds.forPartnerFeed(fromThePolice.sender(), fromThePolice.key());
        await("the feed's contact was recorded").atMost(java.time.Duration.ofSeconds(60)).pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> api().get("/api/contacts/" + guessed, TestActor.practitioner("pat")).statusCode() == 200);
        long viewsBefore = views(guessed);

        HttpResponse<String> byGuess = api().get("/api/contacts/" + guessed, SCHOOL);
        String unknownId = ContactIds.forPartnerFeed(fromThePolice.sender(), "NEVER-SENT-" + UUID.randomUUID());
        HttpResponse<String> unknown = api().get("/api/contacts/" + unknownId, SCHOOL);

        assertThat(byGuess.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
        assertThat(byGuess.body().replace(guessed, "ID")).isEqualTo(unknown.body().replace(unknownId, "ID"));
        assertThat(views(guessed)).as("the attempt is recorded as refused").isEqualTo(viewsBefore + 1);
        assertThat(json(api().get("/api/audit/access?personViewed=" + guessed, AUDITOR)).get(0).get("outcome").asString())
                .isEqualTo("REFUSED");
        TestActor theForce = TestActor.partner("demoshire-police", "POLICE", "Demoshire Police");
        HttpResponse<String> byThePolice = api().get("/api/contacts/" + guessed, theForce);
        assertThat(byThePolice.statusCode()).isEqualTo(200);
        assertThat(json(byThePolice).get("submission").get("referrer").get("agencyType").asString()).isEqualTo("POLICE");
    }

    @Test
    void theAuditorSeesWhoLookedAtAContactAndWhatAUserLookedAt() {
        String contactId = policeContact();
        api().get("/api/contacts/" + contactId, TestActor.practitioner("auditee-" + contactId));

        JsonNode byUser = json(api().get("/api/audit/access?user=auditee-" + contactId, AUDITOR));
        assertThat(byUser).hasSize(1);
        assertThat(byUser.get(0).get("recordId").asString()).isEqualTo(contactId);
        assertThat(byUser.get(0).get("recordType").asString()).isEqualTo("CONTACT");
        assertThat(byUser.get(0).get("outcome").asString()).isEqualTo("ALLOWED");
        JsonNode byPerson = json(api().get("/api/audit/access?personViewed=" + contactId, AUDITOR));
        assertThat(byPerson.findValuesAsString("userId")).contains("auditee-" + contactId);
    }

    String policeContact() {
        if (policeContactId == null) {
            HttpResponse<String> created = api().post("/api/contacts", referral("POLICE", "POL-" + UUID.randomUUID()), POLICE);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            policeContactId = json(created).get("contactId").asString();
        }
        return policeContactId;
    }

    long views(String contactId) {
        return jdbc.queryForObject("SELECT count(*) FROM access_audit WHERE record_id = ?", Long.class, contactId);
    }

    static String referral(String agency, String reference) {
        return ContactApiTest.contact(reference).replace("\"POLICE\"", "\"" + agency + "\"")
                .replace("\"Testshire Police\"", "\"Testshire " + agency + "\"");
    }

    static JsonNode json(HttpResponse<String> response) {
        return EventEnvelopes.JSON.readTree(response.body());
    }
}
