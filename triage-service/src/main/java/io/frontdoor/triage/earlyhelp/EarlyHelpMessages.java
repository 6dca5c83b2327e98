package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An early-help episode after a step-down (North Lincolnshire Early Help policy, 001): commands and events. */
public final class EarlyHelpMessages {

    private EarlyHelpMessages() {
    }

    /**
     * Starts the contact's episode for the children stepped down ({@code childIndexes}), or adds children stepped down
     * later to it: one episode, one lead professional, for the family (001).
     */
    public record StartEarlyHelpEpisode(@TargetAggregateIdentifier String episodeId, String contactId, String packId, String locality,
                                        List<Integer> childIndexes) {
        public StartEarlyHelpEpisode {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public StartEarlyHelpEpisode(String episodeId, String contactId, String packId, String locality) {
            this(episodeId, contactId, packId, locality, List.of());
        }
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

    /**
     * Needs have escalated: back to the front door as a new contact linked to this one, about the children named
     * ({@code childIndexes}, places in the first contact; empty: every child of the episode). The others' early help goes on.
     */
    public record StepUp(@TargetAggregateIdentifier String episodeId, String reason, ContactSubmission referral, String recordedBy,
                         List<Integer> childIndexes) {
        public StepUp {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public StepUp(String episodeId, String reason, ContactSubmission referral, String recordedBy) {
            this(episodeId, reason, referral, recordedBy, List.of());
        }
    }

    /** {@code outcome} and {@code reason}: codes of {@link EarlyHelpClosure}; {@code note} the lead professional's words. */
    public record CloseEpisode(@TargetAggregateIdentifier String episodeId, String outcome, String reason, String note, String recordedBy) {
    }

    /** {@code childIndexes}: the children of the contact the episode covers (empty in older events: every child). */
    public record EarlyHelpEpisodeStarted(String episodeId, String contactId, String packId, String locality, List<Integer> childIndexes) {
        public EarlyHelpEpisodeStarted {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public EarlyHelpEpisodeStarted(String episodeId, String contactId, String packId, String locality) {
            this(episodeId, contactId, packId, locality, List.of());
        }
    }

    /** More children of the contact were stepped down later (a revised decision, the DA triage meeting) and join the episode. */
    public record EarlyHelpChildrenJoined(String episodeId, String contactId, List<Integer> childIndexes) {
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

    /** {@code childIndexes}: the children stepped up (empty in older events: every child of the episode). */
    public record EarlyHelpSteppedUp(String episodeId, String contactId, String newContactReference, ContactSubmission referral,
                                     String reason, String recordedBy, List<Integer> childIndexes) {
        public EarlyHelpSteppedUp {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public EarlyHelpSteppedUp(String episodeId, String contactId, String newContactReference, ContactSubmission referral,
                                  String reason, String recordedBy) {
            this(episodeId, contactId, newContactReference, referral, reason, recordedBy, List.of());
        }
    }

    /** {@code reason} and {@code note}: why a closure by the lead professional came now (null for a step-up or refused consent). */
    public record EarlyHelpEpisodeClosed(String episodeId, String contactId, String outcome, String recordedBy, String reason,
                                         String note) {

        public EarlyHelpEpisodeClosed(String episodeId, String contactId, String outcome, String recordedBy) {
            this(episodeId, contactId, outcome, recordedBy, null, null);
        }
    }
}
