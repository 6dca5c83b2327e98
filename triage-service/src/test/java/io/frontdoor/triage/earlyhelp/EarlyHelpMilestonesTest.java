package io.frontdoor.triage.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.triage.EarlyHelpMilestoneV1;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneRecorded;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.*;
import io.frontdoor.triage.publishing.PublicTriageEvents;
import io.frontdoor.triage.publishing.TriageEventsToKafka;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each step's own event shows in the episode's history and on the triage topic as the EarlyHelpMilestoneRecorded it
 * replaced, and such a stored event reads back as the step's event.
 */
class EarlyHelpMilestonesTest {

    static final String EP = "eh-c-1";

    static final List<EarlyHelpMilestone> STEPS = List.of(
            new ConsentGiven(EP, "c-1", "lp"),
            new ConsentRefused(EP, "c-1", "universal services; reassess if school concerns grow", "lp"),
            new LeadProfessionalAllocated(EP, "c-1", 1, "EDUCATION", null, false, "lp"),
            new LeadProfessionalAllocated(EP, "c-1", 2, "HEALTH", "Health Visitor", true, "lp"),
            new PlanningMeetingHeld(EP, "c-1", "family, school, health", "lp"),
            new PlanDistributed(EP, "c-1", "lp"),
            new ReviewHeld(EP, "c-1", "going well", "lp"));

    static final List<EarlyHelpMilestoneRecorded> AS_RECORDED_BEFORE = List.of(
            new EarlyHelpMilestoneRecorded(EP, "c-1", "CONSENT_GIVEN", null, "lp"),
            new EarlyHelpMilestoneRecorded(EP, "c-1", "CONSENT_REFUSED", "universal services; reassess if school concerns grow", "lp"),
            new EarlyHelpMilestoneRecorded(EP, "c-1", "LEAD_PROFESSIONAL_STAGE_1", "not agreed: EDUCATION", "lp"),
            new EarlyHelpMilestoneRecorded(EP, "c-1", "LEAD_PROFESSIONAL_STAGE_2", "agreed: HEALTH / Health Visitor", "lp"),
            new EarlyHelpMilestoneRecorded(EP, "c-1", "PLANNING_MEETING", "family, school, health", "lp"),
            new EarlyHelpMilestoneRecorded(EP, "c-1", "PLAN_DISTRIBUTED", null, "lp"),
            new EarlyHelpMilestoneRecorded(EP, "c-1", "REVIEW", "going well", "lp"));

    @Test
    void eachStepShowsAsTheMilestoneRecordedItReplaced() {
        assertThat(STEPS).extracting(EarlyHelpMilestone::recorded).containsExactlyElementsOf(AS_RECORDED_BEFORE);
    }

    @Test
    void aStoredMilestoneRecordedReadsBackAsItsStep() {
        assertThat(AS_RECORDED_BEFORE).extracting(stored -> LegacyMilestone.of(stored).orElseThrow()).containsExactlyElementsOf(STEPS);
    }

    @Test
    void aStoredMilestoneOfNoKnownStepChangesNothing() {
        assertThat(LegacyMilestone.of(new EarlyHelpMilestoneRecorded(EP, "c-1", "SOMETHING_ELSE", null, "lp"))).isEmpty();
    }

    @Test
    void eachStepIsPublishedAsTheMilestoneRecordedWas() {
        var toKafka = new TriageEventsToKafka(new PublicTriageEvents());
        for (int i = 0; i < STEPS.size(); i++) {
            var published = toKafka.map(STEPS.get(i)).orElseThrow();
            var before = toKafka.map(AS_RECORDED_BEFORE.get(i)).orElseThrow();
            assertThat(published.eventType()).isEqualTo(EarlyHelpMilestoneV1.TYPE).isEqualTo(before.eventType());
            assertThat(published.key()).isEqualTo("c-1");
            assertThat(EventEnvelopes.JSON.writeValueAsString(published.payload()))
                    .isEqualTo(EventEnvelopes.JSON.writeValueAsString(before.payload()));
        }
    }

    @Test
    void aStepIsStoredAsItsOwnFieldsOnly() {
        var lead = new LeadProfessionalAllocated(EP, "c-1", 2, "HEALTH", "Health Visitor", true, "lp");
        var json = EventEnvelopes.JSON.valueToTree(lead);
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("episodeId", "contactId", "stage", "agency", "person", "agreed",
                "recordedBy");
        assertThat(EventEnvelopes.JSON.treeToValue(json, LeadProfessionalAllocated.class)).isEqualTo(lead);
    }
}
