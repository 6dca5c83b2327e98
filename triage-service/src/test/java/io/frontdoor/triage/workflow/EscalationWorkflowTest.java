package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Professional disagreements through the API, on Nottingham's ladder, with the real persistent scheduler. Who raises
 * a disagreement and who records each stage are the signed-in users.
 */
class EscalationWorkflowTest {

    static final TestActor TEACHER = TestActor.partner("ms.test.teacher", "EDUCATION");
    static final TestActor DS_TEST = TestActor.partner("ds.test", "POLICE");
    static final TestActor DUTY_MANAGER = TestActor.manager("duty.manager");
    static final TestActor WORKER_A = TestActor.practitioner("worker.a");

    /** The service's clock runs ten days behind the scheduler's, so every stage limit it sets has already passed. */
    @Configuration
    static class TenDaysAgo {
        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-10));
        }
    }

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of(), TenDaysAgo.class);

    @Test
    void aDisagreementClimbsTwoStagesBecauseTheFirstPassedItsLimit() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(10));
        String contactId = TriageService.publishContact(Contacts.immediateDanger("nottingham-city", received), received);
        triage.awaitTriage(contactId);
        var raised = triage.post("/api/triages/" + contactId + "/disagreements", """
                {"reason": "the referral was not accepted", "concernLevel": "STANDARD"}""", TEACHER);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);

        List<EventEnvelope> stages = TriageWorkflowTest.awaitPublished(contactId, "EscalationStageRecorded", 2);
        EventEnvelope raisedEvent = stages.stream().filter(e -> e.eventType().equals("EscalationRaised")).findFirst().orElseThrow();
        assertThat(raisedEvent.payload().get("raisedBy").asString()).isEqualTo("ms.test.teacher");
        assertThat(raisedEvent.payload().get("raisedByAgency").asString()).isEqualTo("EDUCATION");
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
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}", DUTY_MANAGER));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["DOMESTIC_ABUSE_TRIAGE"], "rationale": "standard risk"}""", WORKER_A));
        var raised = triage.post("/api/triages/" + contactId + "/disagreements", """
                {"reason": "third incident this year", "concernLevel": "HIGH"}""", DS_TEST);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String escalationId = EventEnvelopes.JSON.readTree(raised.body()).get("escalationId").asString();

        assertThat(triage.post("/api/escalations/" + escalationId + "/stage-outcome", "{\"outcome\": \"UPHELD\"}", WORKER_A)
                .statusCode()).as("a practitioner does not record a stage outcome").isEqualTo(403);
        TriageWorkflowTest.ok(triage.post("/api/escalations/" + escalationId + "/stage-outcome", """
                {"outcome": "DECISION_CHANGED", "note": "pattern of incidents",
                 "revisedDecision": {"levelRank": 4, "routes": ["STRATEGY_DISCUSSION"], "rationale": "repeat incidents"}}""",
                DUTY_MANAGER));

        // the escalation's events and the contact's own are published by different segments: wait for both
        List<EventEnvelope> published = TriageWorkflowTest.awaitPublished(contactId, "two decisions and the changed stage",
                seen -> seen.stream().filter(e -> e.eventType().equals("DecisionRecorded")).count() >= 2
                        && seen.stream().anyMatch(e -> e.eventType().equals("EscalationStageRecorded")
                        && e.payload().get("outcome").asString().equals("DECISION_CHANGED")));
        List<EventEnvelope> decisions = published.stream().filter(e -> e.eventType().equals("DecisionRecorded")).toList();
        assertThat(decisions.get(0).payload().get("revision").asBoolean()).isFalse();
        assertThat(decisions.get(0).payload().get("decidedBy").asString()).isEqualTo("worker.a");
        assertThat(decisions.get(1).payload().get("revision").asBoolean()).isTrue();
        assertThat(decisions.get(1).payload().get("decidedBy").asString()).as("the manager who recorded the stage").isEqualTo("duty.manager");
        assertThat(published).filteredOn(e -> e.eventType().equals("TriageAllocated"))
                .extracting(e -> e.payload().get("allocatedBy").asString()).containsExactly("duty.manager");
        EventEnvelope raisedEvent = published.stream().filter(e -> e.eventType().equals("EscalationRaised")).findFirst().orElseThrow();
        assertThat(raisedEvent.payload().get("raisedBy").asString()).isEqualTo("ds.test");
        assertThat(raisedEvent.payload().get("raisedByAgency").asString()).isEqualTo("POLICE");
        EventEnvelope stage = published.stream().filter(e -> e.eventType().equals("EscalationStageRecorded"))
                .filter(e -> e.payload().get("outcome").asString().equals("DECISION_CHANGED")).findFirst().orElseThrow();
        assertThat(stage.payload().get("recordedBy").asString()).isEqualTo("duty.manager");
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
