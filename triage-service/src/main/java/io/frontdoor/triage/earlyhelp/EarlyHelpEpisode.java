package io.frontdoor.triage.earlyhelp;

import static io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.*;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Early help after a step-down: consent (early help is consensual), a lead professional agreed through stages 1–4,
 * the planning meeting within 20 working days, its record within 20 working days of the meeting, reviews at most
 * three months apart, step-up to the front door when needs escalate, and closure. Each due step is a deadline.
 * One episode per contact covers the children stepped down together, with one lead professional for the family (001);
 * a step-up names the children it concerns, and the episode goes on for the others.
 */
@Aggregate
public class EarlyHelpEpisode {

    /** The deadline's payload. Scheduled deadlines are stored with its type: it stays this nested record. */
    record Due(String milestone, Instant dueAt) {
    }

    @AggregateIdentifier
    private String episodeId;
    private String contactId;
    private String packId;
    @AggregateMember
    private final EpisodeProgress progress = new EpisodeProgress();
    @AggregateMember
    private final EpisodeChildren children = new EpisodeChildren();
    @AggregateMember
    private final MilestoneClocks clocks = new MilestoneClocks();

    protected EarlyHelpEpisode() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartEarlyHelpEpisode c, EarlyHelpTimes times, DeadlineManager deadlines) {
        if (episodeId == null) {
            apply(new EarlyHelpEpisodeStarted(c.episodeId(), c.contactId(), c.packId(), c.locality(), c.childIndexes()));
            due(PLANNING_MEETING, times.planningMeetingDue(c.packId(), times.now()), deadlines);
        } else if (!progress.closed() && !children.notYetIn(c.childIndexes()).isEmpty()) {
            apply(new EarlyHelpChildrenJoined(episodeId, contactId, children.notYetIn(c.childIndexes())));
        }
    }

    @CommandHandler
    void handle(RecordConsent c, DeadlineManager deadlines) {
        progress.requireConsentUnrecorded();
        EarlyHelpMilestone consent = EarlyHelpMilestones.consent(c, contactId);
        apply(consent);
        if (consent instanceof ConsentRefused refused) {
            close(new EarlyHelpEpisodeClosed(episodeId, contactId, "CONSENT_REFUSED: " + refused.nextSteps(), c.recordedBy()), deadlines);
        }
    }

    @CommandHandler
    void handle(AllocateLeadProfessional c) {
        progress.requireNextLeadStage(c.stage());
        Codes.require("agency", c.agency(), AgencyType.class);
        apply(new LeadProfessionalAllocated(episodeId, contactId, c.stage(), c.agency(), c.person(), c.agreed(), c.recordedBy()));
    }

    @CommandHandler
    void handle(RecordPlanningMeeting c, EarlyHelpTimes times, DeadlineManager deadlines) {
        progress.requireNotPlanned();
        meet(new PlanningMeetingHeld(episodeId, contactId, c.attendees(), c.recordedBy()), deadlines);
        due(PLAN_DISTRIBUTED, times.planRecordDue(packId, c.heldAt()), deadlines);
        due(REVIEW, times.reviewDue(packId, c.heldAt()), deadlines);
    }

    @CommandHandler
    void handle(RecordPlanDistributed c, DeadlineManager deadlines) {
        progress.requireOpen();
        clocks.requireDue(PLAN_DISTRIBUTED, "no plan is waiting to be distributed");
        meet(new PlanDistributed(episodeId, contactId, c.recordedBy()), deadlines);
    }

    @CommandHandler
    void handle(RecordReview c, EarlyHelpTimes times, DeadlineManager deadlines) {
        progress.requirePlanned();
        meet(new ReviewHeld(episodeId, contactId, c.summary(), c.recordedBy()), deadlines);
        due(REVIEW, times.reviewDue(packId, c.heldAt()), deadlines);
    }

    @CommandHandler
    void handle(StepUp c, DeadlineManager deadlines) {
        progress.requireOpen();
        if (c.reason() == null || c.reason().isBlank()) {
            throw InvalidSubmissionException.of("reason", "a step-up says how needs have escalated");
        }
        apply(new EarlyHelpSteppedUp(episodeId, contactId, c.referral().externalReference(), c.referral(), c.reason(), c.recordedBy(),
                children.steppedUp(c.childIndexes())));
        if (children.isEmpty()) {
            close(new EarlyHelpEpisodeClosed(episodeId, contactId, "STEPPED_UP", c.recordedBy()), deadlines);
        }
    }

    @CommandHandler
    void handle(CloseEpisode c, DeadlineManager deadlines) {
        progress.requireOpen();
        EarlyHelpClosure.require(c.outcome(), c.reason());
        close(new EarlyHelpEpisodeClosed(episodeId, contactId, c.outcome(), c.recordedBy(), c.reason(), c.note()), deadlines);
    }

    @DeadlineHandler
    void milestoneOverdue(Due due, EarlyHelpTimes times) {
        if (!progress.closed() && clocks.isDue(due.milestone())) {
            apply(new EarlyHelpMilestoneOverdue(contactId, "EARLY_HELP_" + due.milestone(), episodeId, due.dueAt(), times.now(),
                    "EARLY_HELP_MANAGER"));
        }
    }

    private void due(String milestone, Instant dueAt, DeadlineManager deadlines) {
        apply(MilestoneClocks.start(episodeId, contactId, milestone, dueAt, deadlines));
    }

    private void meet(EarlyHelpMilestone milestone, DeadlineManager deadlines) {
        clocks.meet(milestone.milestone(), deadlines);
        apply(milestone);
    }

    private void close(EarlyHelpEpisodeClosed closed, DeadlineManager deadlines) {
        clocks.stopAll(deadlines);
        apply(closed);
    }

    @EventSourcingHandler
    void on(EarlyHelpEpisodeStarted e) {
        episodeId = e.episodeId();
        contactId = e.contactId();
        packId = e.packId();
    }
}
