package io.frontdoor.triage.workflow;

import static io.frontdoor.infra.AccessTable.ALLOWED;
import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.TestActor;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may read a triage and give which commands; each read of a triage audited. */
class TriageAccessTest {

    static final Instant RECEIVED = Instant.parse("2026-11-18T10:15:00Z");
    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN,
                    caller("police referrer", TestActor.partner("police.referrer", "POLICE")),
                    caller("practitioner", TestActor.practitioner("pat")), caller("manager", TestActor.manager("max")),
                    caller("auditor", TestActor.auditor("alex")), caller("admin", TestActor.admin("ada")),
                    caller("no role", TestActor.noRole("nora")))
            .row("GET /api/triages/{id}", 401, 403, 200, 200, 200, 403, 403)
            .row("POST /api/triages/{id}/partner-checks", 401, 403, 201, 201, 403, 403, 403)
            .row("POST /api/triages/{id}/decision/authorisation", 401, 403, 403, 409, 403, 403, 403)
            .row("POST /api/triages/{id}/decision/return", 401, 403, 403, 409, 403, 403, 403)
            .row("GET /api/packs", 401, ALLOWED, ALLOWED, ALLOWED, ALLOWED, 403, 403)
            .row("POST /api/threshold/evaluate?pack=luton", 401, ALLOWED, ALLOWED, ALLOWED, ALLOWED, 403, 403)
            .row("GET /api/audit/access?user=pat", 401, 403, 403, 403, 200, 403, 403);

    static TriageService triage;
    static String contactId;

    @BeforeAll
    static void start() throws Exception {
        triage = TriageService.start(Map.of());
        contactId = TriageService.publishContact(Contacts.immediateDanger("luton", RECEIVED), RECEIVED);
        triage.awaitTriage(contactId);
    }

    @AfterAll
    static void stop() {
        triage.close();
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        String[] call = expected.endpoint().replace("{id}", contactId).split(" ", 2);
        TestActor as = expected.caller().actor();
        long viewsBefore = views();

        HttpResponse<String> response = call[0].equals("GET") ? triage.get(call[1], as)
                : triage.post(call[1], body(call[1]), as);

        AccessTable.assertAnswer(expected, response);
        boolean aLookAtTheTriage = expected.endpoint().equals("GET /api/triages/{id}") && expected.expected() == 200;
        assertThat(views() - viewsBefore).as("access audit entries written").isEqualTo(aLookAtTheTriage ? 1 : 0);
    }

    static String body(String path) {
        if (path.endsWith("/partner-checks")) {
            return "{\"agency\": \"HEALTH\", \"question\": \"is the family known to the GP?\"}";
        }
        if (path.startsWith("/api/threshold/evaluate")) {
            return "{\"packId\": \"luton\", \"children\": []}";
        }
        return "{\"reason\": \"needs the school's view\"}";
    }

    static long views() {
        return triage.jdbc().queryForObject("SELECT count(*) FROM access_audit WHERE record_id = ?", Long.class, contactId);
    }
}
