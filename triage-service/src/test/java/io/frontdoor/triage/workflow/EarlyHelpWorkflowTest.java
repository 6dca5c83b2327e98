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

    static final TestActor MANAGER_M = TestActor.manager("manager.m");
    static final TestActor WORKER_A = TestActor.practitioner("worker.a");
    static final TestActor LEAD = TestActor.practitioner("lead.p");

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of(), FortyDaysAgo.class);

    @Test
    void anEarlyHelpEpisodeWhosePlanningMeetingGoesOverdue() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(40));
        String contactId = TriageService.publishContact(Contacts.contact("north-lincolnshire", io.frontdoor.kernel.contact.AgencyType.EDUCATION,
                List.of(), null, received, java.time.LocalDate.parse("2017-02-02")), received);
        triage.awaitTriage(contactId);
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["EARLY_HELP"], "rationale": "needs met by a team around the family"}""", WORKER_A));

        String episode = "eh-" + contactId;
        TriageWorkflowTest.ok(triage.post("/api/early-help/" + episode + "/consent", "{\"status\": \"GIVEN\"}", LEAD));
        List<EventEnvelope> published = TriageWorkflowTest.awaitPublished(contactId, "the planning meeting overdue and the consent",
                seen -> seen.stream().anyMatch(EarlyHelpWorkflowTest::planningOverdue)
                        && seen.stream().anyMatch(e -> e.eventType().equals("EarlyHelpMilestoneRecorded")));
        EventEnvelope overdue = published.stream().filter(EarlyHelpWorkflowTest::planningOverdue).findFirst().orElseThrow();
        assertThat(overdue.payload().get("reference").asString()).isEqualTo(episode);
        assertThat(overdue.payload().get("notifyRole").asString()).isEqualTo("EARLY_HELP_MANAGER");
        assertThat(published).extracting(EventEnvelope::eventType).contains("EarlyHelpEpisode", "EarlyHelpMilestoneRecorded");
        assertThat(published).filteredOn(e -> e.eventType().equals("EarlyHelpMilestoneRecorded"))
                .extracting(e -> e.payload().get("recordedBy").asString()).as("the signed-in lead professional").containsOnly("lead.p");

        var history = EventEnvelopes.JSON.readTree(triage.get("/api/early-help/" + episode, LEAD).body());
        assertThat(history.toString()).contains("EarlyHelpMilestoneOverdue", "CONSENT_GIVEN");
        assertThat(triage.accessAudit(contactId)).as("the episode's history is the child's record: its read is audited against the contact")
                .contains(Map.of("user_id", "lead.p", "record_type", "CONTACT", "endpoint", "GET /api/early-help/{episodeId}"));
        var naming = triage.post("/api/early-help/" + episode + "/planning-meeting",
                "{\"attendees\": \"family, school, health visitor\", \"recordedBy\": \"someone.else\"}", LEAD);
        assertThat(naming.statusCode()).as("who records is the token's user: a body naming someone is refused").isEqualTo(400);
        assertThat(naming.body()).contains("\"field\":\"recordedBy\"");
        var inTheFuture = triage.post("/api/early-help/" + episode + "/planning-meeting",
                "{\"attendees\": \"family\", \"heldAt\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"}", LEAD);
        assertThat(inTheFuture.statusCode()).as("a meeting is recorded once held").isEqualTo(400);
        assertThat(inTheFuture.body()).contains("\"field\":\"heldAt\"");
        TriageWorkflowTest.ok(triage.post("/api/early-help/" + episode + "/planning-meeting",
                "{\"attendees\": \"family, school, health visitor\"}", LEAD));
        TriageWorkflowTest.ok(triage.post("/api/early-help/" + episode + "/step-up", "{\"reason\": \"new injury disclosed at school\"}", LEAD));
        assertThat(triage.post("/api/early-help/" + episode + "/reviews", "{\"summary\": \"x\"}", LEAD).statusCode())
                .isEqualTo(409);
        var after = EventEnvelopes.JSON.readTree(triage.get("/api/early-help/" + episode, LEAD).body());
        for (var entry : after) {
            if (entry.get("event").has("recordedBy")) {
                assertThat(entry.get("event").get("recordedBy").asString()).as(entry.toString()).isEqualTo("lead.p");
            }
        }
        assertThat(after.toString()).doesNotContain("someone.else");

        var steppedUp = java.util.stream.StreamSupport.stream(after.spliterator(), false)
                .filter(entry -> entry.get("type").asString().endsWith("EarlyHelpSteppedUp")).findFirst().orElseThrow();
        String childId = triage.jdbc().queryForObject("SELECT child_id FROM child_contact WHERE contact_id = ?", String.class, contactId);
        var referral = EventEnvelopes.JSON.treeToValue(steppedUp.get("event").get("referral"),
                io.frontdoor.kernel.contact.ContactSubmission.class);
        assertThat(referral.children()).extracting(io.frontdoor.kernel.contact.ContactSubmission.Child::childId)
                .as("the step-up names the child the index knows").containsExactly(childId);

        String stepUpContact = TriageService.publishContact(referral, referral.receivedAt());
        triage.awaitTriage(stepUpContact);
        assertThat(triage.jdbc().queryForMap("SELECT child_id, link_status FROM child_contact WHERE contact_id = ?", stepUpContact))
                .as("the new contact is the same child's, with its history").isEqualTo(Map.of("child_id", childId, "link_status", "LINKED"));
    }

    private static boolean planningOverdue(EventEnvelope e) {
        return e.eventType().equals("DeadlinePassed") && e.payload().get("deadline").asString().equals("EARLY_HELP_PLANNING_MEETING");
    }
}
