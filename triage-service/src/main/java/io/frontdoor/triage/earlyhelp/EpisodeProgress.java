package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpEpisodeClosed;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneRecorded;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.*;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * How far an episode has come (consent, the lead professional's stage, the planning meeting, closure) and what each
 * next step needs of it: an entity of the {@link EarlyHelpEpisode}. {@code consentGiven} is null until consent is recorded.
 */
final class EpisodeProgress {

    static final int LAST_LEAD_STAGE = 4;

    private Boolean consentGiven;
    private int leadStage;
    private boolean leadAgreed;
    private boolean planned;
    private boolean closed;

    boolean closed() {
        return closed;
    }

    void requireOpen() {
        if (closed) {
            throw new ConflictException("this early-help episode is closed");
        }
    }

    void requireConsentUnrecorded() {
        requireOpen();
        if (consentGiven != null) {
            throw new ConflictException("consent is already recorded");
        }
    }

    void requireConsent() {
        requireOpen();
        if (!Boolean.TRUE.equals(consentGiven)) {
            throw new ConflictException("early help is consensual: record the family's consent first");
        }
    }

    /** Stages go 1 to 4 in order, until one is agreed. */
    void requireNextLeadStage(int stage) {
        requireConsent();
        if (leadAgreed) {
            throw new ConflictException("a lead professional is already agreed");
        }
        if (stage != leadStage + 1) {
            throw new ConflictException("lead professional allocation is at stage " + leadStage + "; next is stage "
                    + (leadStage + 1) + " (stages 1–4 in order)");
        }
        if (stage > LAST_LEAD_STAGE) {
            throw InvalidSubmissionException.of("stage", "the procedure has stages 1 to 4");
        }
    }

    void requireNotPlanned() {
        requireConsent();
        if (planned) {
            throw new ConflictException("the planning meeting is already recorded; record reviews from now on");
        }
    }

    void requirePlanned() {
        requireOpen();
        if (!planned) {
            throw new ConflictException("a review follows the planning meeting");
        }
    }

    @EventSourcingHandler
    void on(EarlyHelpMilestone milestone) {
        if (milestone instanceof ConsentGiven) {
            consentGiven = true;
        } else if (milestone instanceof ConsentRefused) {
            consentGiven = false;
        } else if (milestone instanceof LeadProfessionalAllocated lead) {
            leadStage = lead.stage();
            leadAgreed = lead.agreed();
        } else if (milestone instanceof PlanningMeetingHeld) {
            planned = true;
        }
    }

    /** A step recorded before each step had its own event. */
    @EventSourcingHandler
    void on(EarlyHelpMilestoneRecorded stored) {
        LegacyMilestone.of(stored).ifPresent(this::on);
    }

    @EventSourcingHandler
    void on(EarlyHelpEpisodeClosed e) {
        closed = true;
    }
}
