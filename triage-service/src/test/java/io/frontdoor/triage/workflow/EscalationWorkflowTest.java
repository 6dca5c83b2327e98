package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.event.EventEnvelope;
import io.frontdoor.kernel.event.EventEnvelopes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Professional disagreements through the API, on Nottingham's ladder, with the real persistent scheduler. */
class EscalationWorkflowTest {

    /** The service's clock runs ten days behind the scheduler's, so every stage limit it sets has already passed. */
    @Configuration
    static class TenDaysAgo {
        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-10));
        }
    }

    static TriageService triage;

    @BeforeAll
    static void start() {
        triage = TriageService.start(Map.of(), TenDaysAgo.class);
    }

    @AfterAll
    static void stop() {
        triage.close();
    }

    @Test
    void aDisagreementClimbsTwoStagesBecauseTheFirstPassedItsLimit() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(10));
        String contactId = TriageService.publishContact(Contacts.immediateDanger("nottingham-city", received), received);
        triage.awaitTriage(contactId);
        var raised = triage.post("/api/triages/" + contactId + "/disagreements", """
                {"raisedBy": "Ms Test Teacher", "raisedByAgency": "EDUCATION", "reason": "the referral was not accepted",
                 "concernLevel": "MEDIUM"}""");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);

        List<EventEnvelope> stages = TriageWorkflowTest.awaitPublished(contactId, "EscalationStageRecorded", 2);
        List<EventEnvelope> recorded = stages.stream().filter(e -> e.eventType().equals("EscalationStageRecorded")).toList();
        assertThat(recorded.get(0).payload().get("stage").asInt()).isEqualTo(1);
        assertThat(recorded.get(0).payload().get("overdue").asBoolean()).isTrue();
        assertThat(recorded.get(0).payload().get("nextRole").asString()).isEqualTo(nextRole(stages, 2));
        assertThat(recorded.get(1).payload().get("stage").asInt()).isEqualTo(2);
        assertThat(recorded.get(1).payload().get("overdue").asBoolean()).isTrue();
        assertThat(recorded.get(1).payload().get("nextStage").asInt()).isEqualTo(3);
    }

    @Test
    void aDisagreementThatChangesTheDecisionRevisesItAndHistoryKeepsBoth() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(10));
        String contactId = TriageService.publishContact(Contacts.policeDomesticAbuse("nottingham-city",
                io.frontdoor.kernel.contact.DashRisk.STANDARD, received), received);
        triage.awaitTriage(contactId);
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\", \"allocatedBy\": \"m\"}"));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["DOMESTIC_ABUSE_TRIAGE"], "rationale": "standard risk", "decidedBy": "worker.a"}"""));
        var raised = triage.post("/api/triages/" + contactId + "/disagreements", """
                {"raisedBy": "DS Test", "raisedByAgency": "POLICE", "reason": "third incident this year", "concernLevel": "HIGH"}""");
        String escalationId = EventEnvelopes.JSON.readTree(raised.body()).get("escalationId").asString();

        TriageWorkflowTest.ok(triage.post("/api/escalations/" + escalationId + "/stage-outcome", """
                {"outcome": "DECISION_CHANGED", "recordedBy": "duty.manager", "note": "pattern of incidents",
                 "revisedDecision": {"levelRank": 4, "routes": ["STRATEGY_DISCUSSION"], "rationale": "repeat incidents"}}"""));

        List<EventEnvelope> published = TriageWorkflowTest.awaitPublished(contactId, "DecisionRecorded", 2);
        List<EventEnvelope> decisions = published.stream().filter(e -> e.eventType().equals("DecisionRecorded")).toList();
        assertThat(decisions.get(0).payload().get("revision").asBoolean()).isFalse();
        assertThat(decisions.get(1).payload().get("revision").asBoolean()).isTrue();
        assertThat(decisions.get(1).payload().get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(TriageWorkflowTest.awaitPublished(contactId, "ContactRouted", 2).stream()
                .filter(e -> e.eventType().equals("ContactRouted")).map(e -> e.payload().get("route").asString()))
                .contains("DOMESTIC_ABUSE_TRIAGE", "STRATEGY_DISCUSSION");
    }

    private static String nextRole(List<EventEnvelope> events, int stage) {
        return events.stream().filter(e -> e.eventType().equals("EscalationStageRecorded"))
                .filter(e -> e.payload().get("nextStage").asInt() == stage).findFirst().orElseThrow()
                .payload().get("nextRole").asString();
    }
}
