package io.frontdoor.intake.draft;

import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestIssuer;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * A referral's draft on the real database: kept for its author only (another subject's is answered as if it did not
 * exist, and the look is audited as refused), read back after a new session, replaced on save, deleted when sent,
 * gone once expired and swept away. Every draft endpoint × every role is in the table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "frontdoor.drafts.keep-for=P3D")
class DraftApiTest {

    static final TestActor OFFICER = TestActor.partner("draft.officer", "POLICE");
    static final TestActor ANOTHER_OFFICER = TestActor.partner("draft.other-officer", "POLICE");
    static final String FORM = """
            {"form": {"children": [{"givenName": "Imaginary", "familyName": "Draftchild"}], "narrative": "synthetic draft"}}""";

    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN, caller("police referrer", OFFICER),
                    caller("practitioner", TestActor.practitioner("draft.pat")), caller("manager", TestActor.manager("draft.max")),
                    caller("auditor", TestActor.auditor("draft.alex")), caller("admin", TestActor.admin("draft.ada")),
                    caller("no role", TestActor.noRole("draft.nora")))
            //                                   none police pract  manag  audit  admin  norole
            .row("PUT a new draft",                 401, 200, 200, 200, 403, 403, 403)
            .row("GET my drafts",                   401, 200, 200, 200, 403, 403, 403)
            .row("GET another's draft",             401, 404, 404, 404, 403, 403, 403)
            .row("DELETE another's draft",          401, 404, 404, 404, 403, 403, 403)
            .row("PUT over another's draft",        401, 404, 404, 404, 403, 403, 403);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    HttpResponse<String> send(String method, String path, String json, TestActor as) {
        return api().send(method, path, json, as == null ? null : TestIssuer.get().token(as));
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachDraftEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        TestActor as = expected.caller().actor();
        String othersDraft = "/api/drafts/" + draftOf(ANOTHER_OFFICER);
        HttpResponse<String> response = switch (expected.endpoint()) {
            case "PUT a new draft" -> send("PUT", "/api/drafts/" + UUID.randomUUID(), FORM, as);
            case "GET my drafts" -> send("GET", "/api/drafts", null, as);
            case "GET another's draft" -> send("GET", othersDraft, null, as);
            case "DELETE another's draft" -> send("DELETE", othersDraft, null, as);
            case "PUT over another's draft" -> send("PUT", othersDraft, FORM, as);
            default -> throw new IllegalArgumentException(expected.endpoint());
        };
        AccessTable.assertAnswer(expected, response);
        assertThat(send("GET", othersDraft, null, ANOTHER_OFFICER).body()).as("another's draft is untouched")
                .contains("synthetic draft");
    }

    @Test
    void aDraftIsSavedReadBackAndReplacedByItsAuthorAndKeptForTheSetTime() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> created = send("PUT", "/api/drafts/" + id, FORM, OFFICER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode draft = json(created);
        Instant savedAt = Instant.parse(draft.get("savedAt").asString());
        assertThat(Duration.between(savedAt, Instant.parse(draft.get("expiresAt").asString()))).isEqualTo(Duration.ofDays(3));

        String changed = FORM.replace("synthetic draft", "synthetic draft, more typed later");
        assertThat(send("PUT", "/api/drafts/" + id, changed, OFFICER).statusCode()).isEqualTo(200);
        JsonNode readBack = json(send("GET", "/api/drafts/" + id, null, OFFICER));
        assertThat(readBack.get("form").get("narrative").asString()).isEqualTo("synthetic draft, more typed later");
        assertThat(readBack.get("form").get("children").get(0).get("familyName").asString()).isEqualTo("Draftchild");
        assertThat(readBack.get("createdAt").asString()).isEqualTo(draft.get("createdAt").asString());
        assertThat(json(send("GET", "/api/drafts", null, OFFICER)).findValuesAsString("id")).contains(id.toString());
        assertThat(json(send("GET", "/api/drafts", null, ANOTHER_OFFICER)).findValuesAsString("id")).doesNotContain(id.toString());

        assertThat(jdbc.queryForList("SELECT endpoint FROM access_audit WHERE record_id = ? AND user_id = ? AND outcome = 'ALLOWED'",
                String.class, id.toString(), OFFICER.userId())).contains("GET /api/drafts/{draftId}", "GET /api/drafts");
    }

    @Test
    void anotherSubjectsDraftIsAnsweredAsIfItDidNotExistAndTheLookIsAudited() {
        UUID id = draftOf(OFFICER);
        UUID nobodys = UUID.randomUUID();
        HttpResponse<String> theirs = send("GET", "/api/drafts/" + id, null, ANOTHER_OFFICER);
        HttpResponse<String> none = send("GET", "/api/drafts/" + nobodys, null, ANOTHER_OFFICER);
        assertThat(theirs.statusCode()).isEqualTo(none.statusCode()).isEqualTo(404);
        assertThat(theirs.body().replace(id.toString(), "ID")).isEqualTo(none.body().replace(nobodys.toString(), "ID"));
        assertThat(theirs.body()).doesNotContain("Draftchild");
        assertThat(jdbc.queryForList("SELECT outcome FROM access_audit WHERE record_id = ? AND user_id = ?", String.class,
                id.toString(), ANOTHER_OFFICER.userId())).containsExactly("REFUSED");
    }

    @Test
    void aSentDraftIsDeleted() {
        UUID sent = draftOf(OFFICER);
        assertThat(send("DELETE", "/api/drafts/" + sent, null, OFFICER).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/drafts/" + sent, null, OFFICER).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/drafts/" + sent, null, OFFICER).statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredDraftIsGoneAndSweptAway() {
        UUID left = draftOf(OFFICER);
        jdbc.update("UPDATE referral_draft SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(1)), left);
        assertThat(send("GET", "/api/drafts/" + left, null, OFFICER).statusCode()).as("expired: gone before the sweep").isEqualTo(404);
        assertThat(json(send("GET", "/api/drafts", null, OFFICER)).findValuesAsString("id")).doesNotContain(left.toString());
        assertThat(drafts.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM referral_draft WHERE id = ?", Long.class, left)).isZero();
    }

    @Test
    void aDraftThatIsNotAnObjectIsAProblemNamingTheFieldAndNothingIsKept() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> noForm = send("PUT", "/api/drafts/" + id, "{}", OFFICER);
        assertThat(noForm.statusCode()).isEqualTo(400);
        assertThat(noForm.body()).contains("\"form\"");
        assertThat(send("PUT", "/api/drafts/" + id, "{\"form\": [1, 2]}", OFFICER).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/drafts/not-a-uuid", FORM, OFFICER).statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM referral_draft WHERE id = ?", Long.class, id)).isZero();
    }

    UUID draftOf(TestActor author) {
        UUID id = UUID.randomUUID();
        HttpResponse<String> saved = send("PUT", "/api/drafts/" + id, FORM, author);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return id;
    }

    static JsonNode json(HttpResponse<String> response) {
        return EventEnvelopes.JSON.readTree(response.body());
    }
}
