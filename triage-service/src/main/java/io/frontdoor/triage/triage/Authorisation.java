package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.AuthoriseDecision;
import io.frontdoor.triage.triage.TriageCommands.ReturnDecision;
import io.frontdoor.triage.triage.TriageEvents.DecisionAuthorised;
import io.frontdoor.triage.triage.TriageEvents.DecisionRecorded;
import io.frontdoor.triage.triage.TriageEvents.DecisionReturned;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** A decision the pack says a manager must authorise: authorised (then carried out) or returned to be decided again. */
class Authorisation {

    private record Awaiting(String decisionId, String decidedBy, String deadlineId) {
    }

    private final Triage triage;
    private final Decision decision;
    private Awaiting awaiting;

    Authorisation(Triage triage, Decision decision) {
        this.triage = triage;
        this.decision = decision;
    }

    @CommandHandler
    void handle(AuthoriseDecision c, PackContext clock, DeadlineManager deadlines) {
        requireAwaiting();
        if (c.manager().equals(awaiting.decidedBy())) {
            throw new ConflictException("a manager may not authorise their own decision");
        }
        stopClock(deadlines);
        apply(new DecisionAuthorised(triage.contactId(), awaiting.decisionId(), c.manager()));
        decision.carryOut(clock, deadlines);
    }

    @CommandHandler
    void handle(ReturnDecision c, DeadlineManager deadlines) {
        requireAwaiting();
        if (c.reason() == null || c.reason().isBlank()) {
            throw InvalidSubmissionException.of("reason", "a returned decision needs a reason");
        }
        stopClock(deadlines);
        apply(new DecisionReturned(triage.contactId(), awaiting.decisionId(), c.manager(), c.reason()));
    }

    void stopClock(DeadlineManager deadlines) {
        TriageDeadlines.cancel(deadlines, DeadlineKind.AUTHORISATION, awaiting == null ? null : awaiting.deadlineId());
    }

    private void requireAwaiting() {
        triage.requireOpen();
        if (triage.status() != TriageStatus.AWAITING_AUTHORISATION) {
            throw new ConflictException("there is no decision awaiting authorisation");
        }
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        awaiting = e.authorisationRequired() ? new Awaiting(e.decisionId(), e.decidedBy(), e.authorisationDeadlineId()) : null;
    }

    @EventSourcingHandler
    void on(DecisionAuthorised e) {
        awaiting = null;
    }

    @EventSourcingHandler
    void on(DecisionReturned e) {
        awaiting = null;
    }
}
