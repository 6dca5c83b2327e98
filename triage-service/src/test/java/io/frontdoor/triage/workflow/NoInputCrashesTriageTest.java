package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.TestActor;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * Inputs that once answered 500 with Spring's default body: each is now a 4xx RFC 9457 problem naming what is at
 * fault, and nothing is recorded.
 */
class NoInputCrashesTriageTest {

    static final TestActor MANAGER = TestActor.manager("manager.m");
    static final TestActor WORKER = TestActor.practitioner("worker.a");

    /** Seventy days ahead: this class's weekly DA meeting is one no other test opens. */
    @Configuration
    static class SeventyDaysAhead {
        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(70));
        }
    }

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of(), SeventyDaysAhead.class);

    @Test
    void anAllocationNamingNoWorkerIsRefusedNamingTheField() throws Exception {
        String contactId = openTriage();
        long before = events();

        HttpResponse<String> response = triage.post("/api/triages/" + contactId + "/allocation", "{}", MANAGER);

        assertProblem(response, 400, "worker");
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aStageOutcomeWithoutItsOutcomeIsRefusedNamingTheField() throws Exception {
        String contactId = openTriage();
        String escalationId = EventEnvelopes.JSON.readTree(triage.post("/api/triages/" + contactId + "/disagreements",
                "{\"reason\": \"the school disagrees\"}", WORKER).body()).get("escalationId").asString();
        long before = events();

        HttpResponse<String> response = triage.post("/api/escalations/" + escalationId + "/stage-outcome",
                "{\"note\": \"no outcome given\"}", MANAGER);

        assertProblem(response, 400, "outcome");
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflictNotACrash() throws Exception {
        String contactId = openTriage();
        long seen = version(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.b\"}", MANAGER));
        long before = events();

        HttpResponse<String> response = triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["DOMESTIC_ABUSE_TRIAGE"], "rationale": "medium risk", "expectedVersion": %d}"""
                .formatted(seen), WORKER);

        JsonNode problem = assertProblem(response, 409, "expectedVersion");
        assertThat(problem.get("detail").asString()).contains("someone else changed it first");
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aMeetingOutcomeWithAnUnknownRouteIsRefusedNamingTheRoute() throws Exception {
        String contactId = openTriage();
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["DOMESTIC_ABUSE_TRIAGE"], "rationale": "medium risk, children present"}""", WORKER));
        String meetingId = EventEnvelopes.JSON.readTree(triage.get("/api/da-triage/meetings/next?pack=north-lincolnshire").body())
                .get("meetingId").asString();
        awaitOnAgenda(meetingId, contactId);
        HttpResponse<String> opened = triage.post("/api/da-triage/meetings/" + meetingId + "/opening", null, MANAGER);
        assertThat(opened.statusCode()).as(opened.body()).isIn(200, 409);
        long before = events();

        HttpResponse<String> response = triage.post("/api/da-triage/meetings/" + meetingId + "/items/" + contactId + "/outcome", """
                {"routes": ["TEA_AND_SYMPATHY"], "rationale": "not a route", "agenciesPresent": ["POLICE"]}""", MANAGER);

        assertProblem(response, 400, "routes[0]");
        assertThat(events()).as("nothing recorded").isEqualTo(before);
    }

    private static String openTriage() throws Exception {
        Instant received = Instant.now();
        String contactId = TriageService.publishContact(Contacts.policeDomesticAbuse("north-lincolnshire", DashRisk.MEDIUM, received),
                received);
        triage.awaitTriage(contactId);
        return contactId;
    }

    private static void awaitOnAgenda(String meetingId, String contactId) {
        await(contactId + " on the agenda of " + meetingId).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> triage.get("/api/da-triage/meetings/" + meetingId),
                        agenda -> agenda.statusCode() == 200 && agenda.body().contains(contactId));
    }

    private static long version(HttpResponse<String> response) throws Exception {
        TriageWorkflowTest.ok(response);
        return EventEnvelopes.JSON.readTree(response.body()).get("version").asLong();
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = EventEnvelopes.JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        return problem;
    }

    private static long events() {
        return triage.jdbc().queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
