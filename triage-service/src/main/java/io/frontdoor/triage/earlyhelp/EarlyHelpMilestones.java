package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneRecorded;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.RecordConsent;

/**
 * One event per step of an early-help episode. The episode's history and the triage topic still show each as the
 * {@link EarlyHelpMilestoneRecorded} it replaced (its milestone code and detail), so neither changes.
 */
public final class EarlyHelpMilestones {

    static final String PLANNING_MEETING = "PLANNING_MEETING";
    static final String PLAN_DISTRIBUTED = "PLAN_DISTRIBUTED";
    static final String REVIEW = "REVIEW";
    static final String LEAD_PROFESSIONAL_STAGE = "LEAD_PROFESSIONAL_STAGE_";

    private EarlyHelpMilestones() {
    }

    /** The family's answer: GIVEN, or REFUSED saying what happens next. */
    static EarlyHelpMilestone consent(RecordConsent c, String contactId) {
        if ("REFUSED".equals(c.status())) {
            if (c.nextSteps() == null || c.nextSteps().isBlank()) {
                throw InvalidSubmissionException.of("nextSteps", "a refusal records what happens next (reassess, universal services, step-up)");
            }
            return new ConsentRefused(c.episodeId(), contactId, c.nextSteps(), c.recordedBy());
        }
        if ("GIVEN".equals(c.status())) {
            return new ConsentGiven(c.episodeId(), contactId, c.recordedBy());
        }
        throw InvalidSubmissionException.of("status", "must be GIVEN or REFUSED");
    }

    public sealed interface EarlyHelpMilestone
            permits ConsentGiven, ConsentRefused, LeadProfessionalAllocated, PlanningMeetingHeld, PlanDistributed, ReviewHeld {

        String episodeId();

        String contactId();

        String recordedBy();

        /** The code the history and the published event name this step by (a due step's deadline has the same name). */
        String milestone();

        default String detail() {
            return null;
        }

        default EarlyHelpMilestoneRecorded recorded() {
            return new EarlyHelpMilestoneRecorded(episodeId(), contactId(), milestone(), detail(), recordedBy());
        }
    }

    public record ConsentGiven(String episodeId, String contactId, String recordedBy) implements EarlyHelpMilestone {
        @Override
        public String milestone() {
            return "CONSENT_GIVEN";
        }
    }

    /** {@code nextSteps}: what happens instead (reassess, universal services, step-up); the episode closes. */
    public record ConsentRefused(String episodeId, String contactId, String nextSteps, String recordedBy) implements EarlyHelpMilestone {
        @Override
        public String milestone() {
            return "CONSENT_REFUSED";
        }

        @Override
        public String detail() {
            return nextSteps;
        }
    }

    /** Stage 1–4 of the allocation; {@code agreed}: this stage settled who leads. */
    public record LeadProfessionalAllocated(String episodeId, String contactId, int stage, String agency, String person, boolean agreed,
                                            String recordedBy) implements EarlyHelpMilestone {
        @Override
        public String milestone() {
            return LEAD_PROFESSIONAL_STAGE + stage;
        }

        @Override
        public String detail() {
            return (agreed ? "agreed: " : "not agreed: ") + agency + (person == null ? "" : " / " + person);
        }
    }

    public record PlanningMeetingHeld(String episodeId, String contactId, String attendees, String recordedBy) implements EarlyHelpMilestone {
        @Override
        public String milestone() {
            return PLANNING_MEETING;
        }

        @Override
        public String detail() {
            return attendees;
        }
    }

    public record PlanDistributed(String episodeId, String contactId, String recordedBy) implements EarlyHelpMilestone {
        @Override
        public String milestone() {
            return PLAN_DISTRIBUTED;
        }
    }

    public record ReviewHeld(String episodeId, String contactId, String summary, String recordedBy) implements EarlyHelpMilestone {
        @Override
        public String milestone() {
            return REVIEW;
        }

        @Override
        public String detail() {
            return summary;
        }
    }
}
