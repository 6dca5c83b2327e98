package io.frontdoor.triage.workflow;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.OpenApiCases;
import io.frontdoor.infra.RobustnessCheck;
import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every bad request the triage service's own API description allows us to write is answered with a 4xx problem naming
 * the field at fault, never a 5xx, and records nothing. The ids are real (an allocated, undecided triage with an open
 * partner check and disagreement), so each case meets the record's own checks, not "no such record".
 */
class TriageRobustnessTest {

    static final List<TestActor> CALLERS = List.of(TestActor.practitioner("robust.practitioner"), TestActor.manager("robust.manager"),
            TestActor.auditor("robust.auditor"), TestActor.admin("robust.admin"), TestActor.partner("robust.school", "EDUCATION"));

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());
    static final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    static void aContactToCallAbout() throws Exception {
        Instant received = Instant.now();
        String contactId = TriageService.publishContact(Contacts.immediateDanger("luton", received), received);
        triage.awaitTriage(contactId);
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}"));
        var check = triage.post("/api/triages/" + contactId + "/partner-checks", "{\"agency\": \"POLICE\", \"question\": \"known?\"}");
        var raised = triage.post("/api/triages/" + contactId + "/disagreements", "{\"reason\": \"set up for the robustness test\"}");
        values.put("contactId", contactId);
        values.put("checkId", EventEnvelopes.JSON.readTree(check.body()).get("checkId").asString());
        values.put("escalationId", EventEnvelopes.JSON.readTree(raised.body()).get("escalationId").asString());
        values.put("episodeId", "eh-" + contactId);
        values.put("childIndex", "0");
        values.put("id", "luton");
        values.put("pack", "luton");
        values.put("date", "2026-11-25");
        values.put("worker", "worker.a");
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsAProblemNamingTheFieldAndRecordsNothing() {
        var description = triage.get("/v3/api-docs");
        OpenApiCases cases = new OpenApiCases(description.body(), values);
        return RobustnessCheck.of("triage-service", new ApiClient(triage.url("")), cases, CALLERS, TriageRobustnessTest::recorded).tests();
    }

    /**
     * The fixture's own events, and how many records exist: a refused request adds neither an event to them nor a new
     * record (a disagreement, a meeting, an episode). Deadlines other tests left behind may add events to their records.
     */
    static long recorded() {
        return triage.jdbc().queryForObject("""
                SELECT (SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?, ?))
                     + (SELECT count(DISTINCT aggregateidentifier) FROM domainevententry)""", Long.class,
                values.get("contactId"), values.get("escalationId"), values.get("episodeId"));
    }
}
