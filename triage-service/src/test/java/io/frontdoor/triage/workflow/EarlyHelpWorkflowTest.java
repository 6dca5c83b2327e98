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

/** A contact stepped down to early help whose planning meeting goes overdue, through the API and the real scheduler. */
class EarlyHelpWorkflowTest {

    /** The service's clock runs 40 days behind the scheduler's: a 20-working-day planning deadline has already passed. */
    @Configuration
    static class FortyDaysAgo {
        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-40));
        }
    }

    static TriageService triage;

    @BeforeAll
    static void start() {
        triage = TriageService.start(Map.of(), FortyDaysAgo.class);
    }

    @AfterAll
    static void stop() {
        triage.close();
    }

    @Test
    void anEarlyHelpEpisodeWhosePlanningMeetingGoesOverdue() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(40));
        String contactId = TriageService.publishContact(Contacts.contact("north-lincolnshire", io.frontdoor.kernel.contact.AgencyType.EDUCATION,
                List.of(), null, received, java.time.LocalDate.parse("2017-02-02")), received);
        triage.awaitTriage(contactId);
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\", \"allocatedBy\": \"m\"}"));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["EARLY_HELP"], "rationale": "needs met by a team around the family", "decidedBy": "worker.a"}"""));

        String episode = "eh-" + contactId;
        TriageWorkflowTest.ok(triage.post("/api/early-help/" + episode + "/consent", "{\"status\": \"GIVEN\", \"recordedBy\": \"lead.p\"}"));
        List<EventEnvelope> published = TriageWorkflowTest.awaitPublished(contactId, "the planning meeting overdue",
                seen -> seen.stream().anyMatch(EarlyHelpWorkflowTest::planningOverdue));
        EventEnvelope overdue = published.stream().filter(EarlyHelpWorkflowTest::planningOverdue).findFirst().orElseThrow();
        assertThat(overdue.payload().get("reference").asString()).isEqualTo(episode);
        assertThat(overdue.payload().get("notifyRole").asString()).isEqualTo("EARLY_HELP_MANAGER");
        assertThat(published).extracting(EventEnvelope::eventType).contains("EarlyHelpEpisode", "EarlyHelpMilestoneRecorded");

        var history = EventEnvelopes.JSON.readTree(triage.get("/api/early-help/" + episode).body());
        assertThat(history.toString()).contains("EarlyHelpMilestoneOverdue", "CONSENT_GIVEN");
        TriageWorkflowTest.ok(triage.post("/api/early-help/" + episode + "/planning-meeting",
                "{\"attendees\": \"family, school, health visitor\", \"recordedBy\": \"lead.p\"}"));
        TriageWorkflowTest.ok(triage.post("/api/early-help/" + episode + "/step-up",
                "{\"reason\": \"new injury disclosed at school\", \"recordedBy\": \"lead.p\"}"));
        assertThat(triage.post("/api/early-help/" + episode + "/reviews", "{\"summary\": \"x\", \"recordedBy\": \"lead.p\"}").statusCode())
                .isEqualTo(409);
    }

    private static boolean planningOverdue(EventEnvelope e) {
        return e.eventType().equals("DeadlinePassed") && e.payload().get("deadline").asString().equals("EARLY_HELP_PLANNING_MEETING");
    }
}
