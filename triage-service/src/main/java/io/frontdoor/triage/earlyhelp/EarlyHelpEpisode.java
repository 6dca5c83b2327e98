package io.frontdoor.triage.earlyhelp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
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

    static final String PLANNING_MEETING = "PLANNING_MEETING";
    static final String PLAN_DISTRIBUTED = "PLAN_DISTRIBUTED";
    static final String REVIEW = "REVIEW";

    record Due(String milestone, Instant dueAt) {
    }

    @AggregateIdentifier
    private String episodeId;
    private String contactId;
    private String packId;
    private Boolean consentGiven;
    private int leadProfessionalStage;
    private boolean leadAgreed;
    private boolean planned;
    private boolean closed;
    private final Set<Integer> children = new TreeSet<>();
    private final Map<String, String> dueDeadlines = new HashMap<>();

    protected EarlyHelpEpisode() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartEarlyHelpEpisode c, EarlyHelpTimes times, DeadlineManager deadlines) {
        if (episodeId != null) {
            List<Integer> joining = c.childIndexes().stream().filter(child -> !children.contains(child)).toList();
            if (!closed && !joining.isEmpty()) {
                apply(new EarlyHelpChildrenJoined(episodeId, contactId, joining));
            }
            return;
        }
        apply(new EarlyHelpEpisodeStarted(c.episodeId(), c.contactId(), c.packId(), c.locality(), c.childIndexes()));
        Instant planningDue = times.planningMeetingDue(c.packId(), times.now());
        String id = deadlines.schedule(planningDue, PLANNING_MEETING, new Due(PLANNING_MEETING, planningDue));
        apply(new EarlyHelpMilestoneDue(c.episodeId(), c.contactId(), PLANNING_MEETING, planningDue, id));
    }

    @CommandHandler
    void handle(RecordConsent c, DeadlineManager deadlines) {
        requireOpen();
        if (consentGiven != null) {
            throw new ConflictException("consent is already recorded");
        }
        if ("REFUSED".equals(c.status())) {
            if (c.nextSteps() == null || c.nextSteps().isBlank()) {
                throw InvalidSubmissionException.of("nextSteps", "a refusal records what happens next (reassess, universal services, step-up)");
            }
            apply(new EarlyHelpMilestoneRecorded(episodeId, contactId, "CONSENT_REFUSED", c.nextSteps(), c.recordedBy()));
            close("CONSENT_REFUSED: " + c.nextSteps(), c.recordedBy(), deadlines);
        } else if ("GIVEN".equals(c.status())) {
            apply(new EarlyHelpMilestoneRecorded(episodeId, contactId, "CONSENT_GIVEN", null, c.recordedBy()));
        } else {
            throw InvalidSubmissionException.of("status", "must be GIVEN or REFUSED");
        }
    }

    @CommandHandler
    void handle(AllocateLeadProfessional c) {
        requireConsent();
        if (leadAgreed) {
            throw new ConflictException("a lead professional is already agreed");
        }
        if (c.stage() != leadProfessionalStage + 1) {
            throw new ConflictException("lead professional allocation is at stage " + leadProfessionalStage + "; next is stage "
                    + (leadProfessionalStage + 1) + " (stages 1–4 in order)");
        }
        if (c.stage() > 4) {
            throw InvalidSubmissionException.of("stage", "the procedure has stages 1 to 4");
        }
        Codes.require("agency", c.agency(), AgencyType.class);
        apply(new EarlyHelpMilestoneRecorded(episodeId, contactId, "LEAD_PROFESSIONAL_STAGE_" + c.stage(),
                (c.agreed() ? "agreed: " : "not agreed: ") + c.agency() + (c.person() == null ? "" : " / " + c.person()), c.recordedBy()));
    }

    @CommandHandler
    void handle(RecordPlanningMeeting c, EarlyHelpTimes times, DeadlineManager deadlines) {
        requireConsent();
        if (planned) {
            throw new ConflictException("the planning meeting is already recorded; record reviews from now on");
        }
        meet(PLANNING_MEETING, deadlines);
        apply(new EarlyHelpMilestoneRecorded(episodeId, contactId, PLANNING_MEETING, c.attendees(), c.recordedBy()));
        due(PLAN_DISTRIBUTED, times.planRecordDue(packId, c.heldAt()), deadlines);
        due(REVIEW, times.reviewDue(packId, c.heldAt()), deadlines);
    }

    @CommandHandler
    void handle(RecordPlanDistributed c, DeadlineManager deadlines) {
        requireOpen();
        if (!dueDeadlines.containsKey(PLAN_DISTRIBUTED)) {
            throw new ConflictException("no plan is waiting to be distributed");
        }
        meet(PLAN_DISTRIBUTED, deadlines);
        apply(new EarlyHelpMilestoneRecorded(episodeId, contactId, PLAN_DISTRIBUTED, null, c.recordedBy()));
    }

    @CommandHandler
    void handle(RecordReview c, EarlyHelpTimes times, DeadlineManager deadlines) {
        requireOpen();
        if (!planned) {
            throw new ConflictException("a review follows the planning meeting");
        }
        meet(REVIEW, deadlines);
        apply(new EarlyHelpMilestoneRecorded(episodeId, contactId, REVIEW, c.summary(), c.recordedBy()));
        due(REVIEW, times.reviewDue(packId, c.heldAt()), deadlines);
    }

    @CommandHandler
    void handle(StepUp c, DeadlineManager deadlines) {
        requireOpen();
        if (c.reason() == null || c.reason().isBlank()) {
            throw InvalidSubmissionException.of("reason", "a step-up says how needs have escalated");
        }
        List<Integer> steppedUp = c.childIndexes().isEmpty() ? List.copyOf(children) : List.copyOf(new TreeSet<>(c.childIndexes()));
        List<io.frontdoor.kernel.validation.Violation> notHere = new ArrayList<>();
        for (int i = 0; i < c.childIndexes().size(); i++) {
            if (!children.isEmpty() && !children.contains(c.childIndexes().get(i))) {
                notHere.add(new io.frontdoor.kernel.validation.Violation("childIndexes[" + i + "]",
                        "child " + c.childIndexes().get(i) + " is not in this early-help episode (it covers " + children + ")"));
            }
        }
        if (!notHere.isEmpty()) {
            throw new InvalidSubmissionException(notHere);
        }
        apply(new EarlyHelpSteppedUp(episodeId, contactId, c.referral().externalReference(), c.referral(), c.reason(), c.recordedBy(),
                steppedUp));
        if (children.isEmpty()) {
            close("STEPPED_UP", c.recordedBy(), deadlines);
        }
    }

    @CommandHandler
    void handle(CloseEpisode c, DeadlineManager deadlines) {
        requireOpen();
        Codes.require("outcome", c.outcome(), EarlyHelpClosure.Outcome.class);
        Codes.require("reason", c.reason(), EarlyHelpClosure.Reason.class);
        dueDeadlines.forEach(deadlines::cancelSchedule);
        apply(new EarlyHelpEpisodeClosed(episodeId, contactId, c.outcome(), c.recordedBy(), c.reason(), c.note()));
    }

    @DeadlineHandler
    void milestoneOverdue(Due due, EarlyHelpTimes times) {
        if (!closed && dueDeadlines.containsKey(due.milestone())) {
            apply(new EarlyHelpMilestoneOverdue(contactId, "EARLY_HELP_" + due.milestone(), episodeId, due.dueAt(), times.now(),
                    "EARLY_HELP_MANAGER"));
        }
    }

    private void due(String milestone, Instant dueAt, DeadlineManager deadlines) {
        String id = deadlines.schedule(dueAt, milestone, new Due(milestone, dueAt));
        apply(new EarlyHelpMilestoneDue(episodeId, contactId, milestone, dueAt, id));
    }

    private void meet(String milestone, DeadlineManager deadlines) {
        String id = dueDeadlines.get(milestone);
        if (id != null) {
            deadlines.cancelSchedule(milestone, id);
        }
    }

    private void close(String outcome, String by, DeadlineManager deadlines) {
        dueDeadlines.forEach(deadlines::cancelSchedule);
        apply(new EarlyHelpEpisodeClosed(episodeId, contactId, outcome, by));
    }

    private void requireOpen() {
        if (closed) {
            throw new ConflictException("this early-help episode is closed");
        }
    }

    private void requireConsent() {
        requireOpen();
        if (!Boolean.TRUE.equals(consentGiven)) {
            throw new ConflictException("early help is consensual: record the family's consent first");
        }
    }

    @EventSourcingHandler
    void on(EarlyHelpEpisodeStarted e) {
        episodeId = e.episodeId();
        contactId = e.contactId();
        packId = e.packId();
        children.addAll(e.childIndexes());
    }

    @EventSourcingHandler
    void on(EarlyHelpChildrenJoined e) {
        children.addAll(e.childIndexes());
    }

    @EventSourcingHandler
    void on(EarlyHelpSteppedUp e) {
        if (e.childIndexes().isEmpty()) {
            children.clear();
        } else {
            children.removeAll(e.childIndexes());
        }
    }

    @EventSourcingHandler
    void on(EarlyHelpMilestoneDue e) {
        dueDeadlines.put(e.milestone(), e.deadlineId());
    }

    @EventSourcingHandler
    void on(EarlyHelpMilestoneRecorded e) {
        dueDeadlines.remove(e.milestone());
        switch (e.milestone()) {
            case "CONSENT_GIVEN" -> consentGiven = true;
            case "CONSENT_REFUSED" -> consentGiven = false;
            case PLANNING_MEETING -> planned = true;
            default -> {
                if (e.milestone().startsWith("LEAD_PROFESSIONAL_STAGE_")) {
                    leadProfessionalStage = Integer.parseInt(e.milestone().substring("LEAD_PROFESSIONAL_STAGE_".length()));
                    leadAgreed = e.detail() != null && e.detail().startsWith("agreed");
                }
            }
        }
    }

    @EventSourcingHandler
    void on(EarlyHelpEpisodeClosed e) {
        closed = true;
        dueDeadlines.clear();
    }
}
