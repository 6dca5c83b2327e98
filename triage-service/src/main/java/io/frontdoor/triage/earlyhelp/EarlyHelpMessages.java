package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An early-help episode after a step-down (North Lincolnshire Early Help policy, 001): commands and events. */
public final class EarlyHelpMessages {

    private EarlyHelpMessages() {
    }

    public record StartEarlyHelpEpisode(@TargetAggregateIdentifier String episodeId, String contactId, String packId, String locality) {
    }

    /** {@code status}: GIVEN or REFUSED; a refusal says what happens next (early help is consensual). */
    public record RecordConsent(@TargetAggregateIdentifier String episodeId, String status, String nextSteps, String recordedBy) {
    }

    /**
     * Lead professional allocation, stage 1 (the assessing agency), 2 (another agency agrees), 3 (managers' meeting),
     * 4 (escalation when there is no agreement). {@code agreed}: this stage settled who leads.
     */
    public record AllocateLeadProfessional(@TargetAggregateIdentifier String episodeId, int stage, String agency, String person,
                                           boolean agreed, String recordedBy) {
    }

    public record RecordPlanningMeeting(@TargetAggregateIdentifier String episodeId, Instant heldAt, String attendees, String recordedBy) {
    }

    public record RecordPlanDistributed(@TargetAggregateIdentifier String episodeId, String recordedBy) {
    }

    public record RecordReview(@TargetAggregateIdentifier String episodeId, Instant heldAt, String summary, String recordedBy) {
    }

    /** Needs have escalated: back to the front door as a new contact linked to this one. */
    public record StepUp(@TargetAggregateIdentifier String episodeId, String reason, ContactSubmission referral, String recordedBy) {
    }

    /** {@code outcome} and {@code reason}: codes of {@link EarlyHelpClosure}; {@code note} the lead professional's words. */
    public record CloseEpisode(@TargetAggregateIdentifier String episodeId, String outcome, String reason, String note, String recordedBy) {
    }

    public record EarlyHelpEpisodeStarted(String episodeId, String contactId, String packId, String locality) {
    }

    /** A step of the episode: CONSENT_GIVEN, CONSENT_REFUSED, LEAD_PROFESSIONAL_STAGE_n, PLANNING_MEETING, PLAN_DISTRIBUTED, REVIEW. */
    public record EarlyHelpMilestoneRecorded(String episodeId, String contactId, String milestone, String detail, String recordedBy) {
    }

    /** A milestone now has a due time (a persistent deadline, {@code deadlineId}); recording the milestone meets it. */
    public record EarlyHelpMilestoneDue(String episodeId, String contactId, String milestone, Instant dueAt, String deadlineId) {
    }

    /** Same shape as the public DeadlinePassedV1: {@code reference} is the episode id. */
    public record EarlyHelpMilestoneOverdue(String contactId, String deadline, String reference, Instant dueAt, Instant passedAt,
                                            String notifyRole) {
    }

    public record EarlyHelpSteppedUp(String episodeId, String contactId, String newContactReference, ContactSubmission referral,
                                     String reason, String recordedBy) {
    }

    /** {@code reason} and {@code note}: why a closure by the lead professional came now (null for a step-up or refused consent). */
    public record EarlyHelpEpisodeClosed(String episodeId, String contactId, String outcome, String recordedBy, String reason,
                                         String note) {

        public EarlyHelpEpisodeClosed(String episodeId, String contactId, String outcome, String recordedBy) {
            this(episodeId, contactId, outcome, recordedBy, null, null);
        }
    }
}
