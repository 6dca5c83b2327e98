package io.frontdoor.triage.escalation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.deadline.Deadlines;
import io.frontdoor.triage.escalation.EscalationMessages.*;
import io.frontdoor.triage.escalation.Ladder.Rung;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A professional disagreement (Nottingham, "Resolving inter-agency disagreements"): it starts with the first role of
 * the pack's ladder and climbs a stage when a stage is escalated or passes its time limit, until it is resolved.
 */
@Aggregate
public class Escalation {

    static final String STAGE_DUE = "ESCALATION_STAGE";
    static final Set<String> RESOLUTIONS = Set.of("UPHELD", "DECISION_CHANGED", "AGREEMENT_REACHED");
    static final String ESCALATED = "ESCALATED";

    /** The deadline's payload: which stage was due when. */
    record StageDue(int stage, Instant dueAt) {
    }

    @AggregateIdentifier
    private String escalationId;
    private String contactId;
    private String packId;
    private boolean highRisk;
    private List<Rung> ladder;
    private int stage;
    private Instant stageDueAt;
    private String deadlineId;
    private boolean resolved;

    protected Escalation() {
    }

    @CommandHandler
    public Escalation(RaiseDisagreement c, Ladder ladder, DeadlineManager deadlines) {
        if (c.reason() == null || c.reason().isBlank()) {
            throw InvalidSubmissionException.of("reason", "a disagreement needs its reason");
        }
        if (c.concernLevel() != null) {
            Codes.require("concernLevel", c.concernLevel(), ConcernLevel.class);
        }
        if (c.ladder().isEmpty()) {
            throw new ConflictException("the pack has no escalation ladder");
        }
        Rung first = c.ladder().get(0);
        boolean high = "HIGH".equals(c.concernLevel());
        Instant due = ladder.stageDue(c.packId(), first, high, ladder.now());
        String deadline = Deadlines.schedule(deadlines, STAGE_DUE, due, new StageDue(first.stage(), due));
        apply(new EscalationRaised(c.escalationId(), c.contactId(), c.packId(), c.raisedBy(), c.raisedByAgency(), c.reason(),
                c.concernLevel(), c.ladder(), first.stage(), first.role(), due, deadline));
    }

    @CommandHandler
    void handle(RecordStageOutcome c, Ladder ladderTimes, DeadlineManager deadlines) {
        if (resolved) {
            throw new ConflictException("this disagreement is resolved");
        }
        if (c.outcome() == null || !RESOLUTIONS.contains(c.outcome()) && !ESCALATED.equals(c.outcome())) {
            throw InvalidSubmissionException.of("outcome", "must be one of UPHELD, DECISION_CHANGED, AGREEMENT_REACHED, ESCALATED");
        }
        if ("DECISION_CHANGED".equals(c.outcome()) && c.revisedDecision() == null) {
            throw InvalidSubmissionException.of("revisedDecision", "a changed decision must say what it now is");
        }
        Deadlines.cancel(deadlines, STAGE_DUE, deadlineId);
        if (ESCALATED.equals(c.outcome())) {
            climb(c.recordedBy(), c.note(), false, ladderTimes.now(), ladderTimes, deadlines);
        } else {
            apply(new EscalationStageRecorded(escalationId, contactId, stage, role(stage), c.outcome(), c.recordedBy(), c.note(),
                    null, null, null, false, null, c.revisedDecision()));
        }
    }

    @DeadlineHandler(deadlineName = STAGE_DUE)
    void stagePassedItsLimit(StageDue due, Ladder ladderTimes, DeadlineManager deadlines) {
        if (!resolved && due.stage() == stage) {
            climb("front door (time limit passed)", "stage " + stage + " passed its limit of " + due.dueAt(), true, due.dueAt(),
                    ladderTimes, deadlines);
        }
    }

    /** The next stage's clock starts when it begins: now, or when the previous stage's limit passed. */
    private void climb(String recordedBy, String note, boolean overdue, Instant from, Ladder ladderTimes, DeadlineManager deadlines) {
        Rung next = ladder.stream().filter(r -> r.stage() == stage + 1).findFirst().orElse(null);
        if (next == null && !overdue) {
            throw new ConflictException("the disagreement is at the top of the ladder (" + role(stage) + "): it must be resolved there");
        }
        Instant due = next == null ? null : ladderTimes.stageDue(packId, next, highRisk, from);
        String deadline = next == null ? null : Deadlines.schedule(deadlines, STAGE_DUE, due, new StageDue(next.stage(), due));
        apply(new EscalationStageRecorded(escalationId, contactId, stage, role(stage), ESCALATED, recordedBy, note,
                next == null ? null : next.stage(), next == null ? null : next.role(), due, overdue, deadline, null));
    }

    private String role(int stageNumber) {
        return ladder.stream().filter(r -> r.stage() == stageNumber).map(Rung::role).findFirst().orElse("?");
    }

    @EventSourcingHandler
    void on(EscalationRaised e) {
        escalationId = e.escalationId();
        contactId = e.contactId();
        packId = e.packId();
        highRisk = "HIGH".equals(e.concernLevel());
        ladder = e.ladder();
        stage = e.stage();
        stageDueAt = e.stageDueAt();
        deadlineId = e.deadlineId();
    }

    @EventSourcingHandler
    void on(EscalationStageRecorded e) {
        if (e.nextStage() != null) {
            stage = e.nextStage();
            stageDueAt = e.nextStageDueAt();
            deadlineId = e.deadlineId();
        } else if (!ESCALATED.equals(e.outcome())) {
            resolved = true;
        }
    }
}
