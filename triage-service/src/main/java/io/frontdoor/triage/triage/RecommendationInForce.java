package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.triage.triage.TriageCommands.ReevaluateTriage;
import io.frontdoor.triage.triage.TriageEvents.FlaggedForReview;
import io.frontdoor.triage.triage.TriageEvents.TriageOpened;
import io.frontdoor.triage.triage.TriageEvents.UpdateAlert;
import io.frontdoor.triage.triage.TriageEvents.UpdateEvaluated;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The engine's recommendation in force, with the pack's authorisation rules a decision is judged under, and the decision's
 * clock: set when the triage opens, raised (never lowered) by the referrer's updates.
 */
class RecommendationInForce {

    private final Triage triage;
    private Recommended recommended;
    private String rag;
    private Instant decisionDueAt;
    private String decisionDeadlineId;
    private int updatesEvaluated;
    private AuthorisationRules authorisation;
    private boolean policeDomesticAbuseNotification;

    RecommendationInForce(Triage triage) {
        this.triage = triage;
    }

    /**
     * The referrer changed the contact: the pack's new advice is weighed against the recommendation in force. If the
     * level, urgency or routes rose, an undecided contact takes the new recommendation, its decision is due by the
     * earlier time and its worker (or the queue) is alerted; a decided one is flagged for review and its decision stands.
     * Every update is recorded as evaluated, even when nothing rose.
     */
    @CommandHandler
    void handle(ReevaluateTriage c, DeadlineManager deadlines) {
        if (c.updateNumber() <= updatesEvaluated) {
            return;
        }
        UpdateRise rise = UpdateRise.of(recommended, rag, c.recommended());
        TriageStatus status = triage.status();
        boolean undecided = status == TriageStatus.OPEN;
        Instant due = decisionDueAt;
        String deadline = decisionDeadlineId;
        if (rise.rose() && undecided && c.decisionDueAt() != null && (due == null || c.decisionDueAt().isBefore(due))) {
            TriageDeadlines.cancel(deadlines, DeadlineKind.DECISION, decisionDeadlineId);
            due = c.decisionDueAt();
            deadline = TriageDeadlines.schedule(deadlines, DeadlineKind.DECISION, null, due);
        }
        apply(UpdateEvaluated.weighed(c, rise, due, decisionDueAt, status, deadline));
        String worker = triage.allocatedTo();
        if (rise.rose() && undecided) {
            apply(new UpdateAlert(triage.contactId(), c.updateNumber(), rise.raised(), worker == null ? "QUEUE" : "WORKER", worker,
                    rise.describe(c.updateNumber()) + ": the decision is now due by " + due + "."));
        } else if (rise.rose()) {
            apply(new FlaggedForReview(triage.contactId(), c.updateNumber(), rise.raised(), status.name(), worker,
                    rise.describe(c.updateNumber()) + " after the decision: review it."));
        }
    }

    /** A worker's decision, child by child, judged against this recommendation under the pack's rules. */
    ChildDecisions judge(ChildDecisions.Asked asked, PackContext clock) {
        return ChildDecisions.judge(asked, triage.contact().namesToJudge(), recommended, authorisation, policeDomesticAbuseNotification,
                rank -> clock.level(triage.packId(), rank));
    }

    void stopDecisionClock(DeadlineManager deadlines) {
        TriageDeadlines.cancel(deadlines, DeadlineKind.DECISION, decisionDeadlineId);
    }

    @EventSourcingHandler
    void on(TriageOpened e) {
        recommended = e.recommended();
        rag = e.rag();
        decisionDueAt = e.decisionDueAt();
        decisionDeadlineId = e.decisionDeadlineId();
        authorisation = e.authorisation();
        policeDomesticAbuseNotification = e.policeDomesticAbuseNotification();
    }

    @EventSourcingHandler
    void on(UpdateEvaluated e) {
        updatesEvaluated = e.updateNumber();
        recommended = e.recommended();
        rag = e.rag();
        decisionDueAt = e.decisionDueAt();
        decisionDeadlineId = e.decisionDeadlineId();
    }
}
