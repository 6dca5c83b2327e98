package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.TriageEvents.ChildDecided;
import io.frontdoor.triage.triage.TriageCommands.RecordDecision;
import io.frontdoor.triage.triage.TriageCommands.ReviseDecision;
import io.frontdoor.triage.triage.TriageEvents.DecisionRecorded;
import io.frontdoor.triage.triage.TriageEvents.DecisionReturned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The decision in force, child by child: recorded once the contact is allocated, revised beside the final one (which
 * history keeps), and carried out, routes and feedback owed, once final.
 */
class Decision {

    private final Triage triage;
    private final RecommendationInForce recommendation;
    private final Routing routing;
    private final FeedbackClocks feedback;
    /** Each child's decision; null until one is recorded, and again once a manager returns it. */
    private List<ChildDecided> children;

    Decision(Triage triage, RecommendationInForce recommendation, Routing routing, FeedbackClocks feedback) {
        this.triage = triage;
        this.recommendation = recommendation;
        this.routing = routing;
        this.feedback = feedback;
    }

    @CommandHandler
    void handle(RecordDecision c, PackContext clock, DeadlineManager deadlines) {
        triage.requireOpen();
        if (made()) {
            throw new ConflictException("a decision is already recorded and "
                    + (triage.status() == TriageStatus.AWAITING_AUTHORISATION ? "awaiting a manager's authorisation" : "final"));
        }
        if (triage.allocatedTo() == null) {
            throw new ConflictException("allocate the contact to a worker before recording a decision");
        }
        var asked = new ChildDecisions.Asked(c.levelRank(), c.routes(), c.rationale(), c.decidedBy(), c.children());
        var judged = recommendation.judge(asked, clock);
        recommendation.stopDecisionClock(deadlines);
        record(asked, judged, "", false, true, clock, deadlines);
    }

    @CommandHandler
    void handle(ReviseDecision c, PackContext clock, DeadlineManager deadlines) {
        requireFinal();
        revise(new ChildDecisions.Asked(c.levelRank(), c.routes(), c.rationale(), c.revisedBy(), c.children()),
                " (revised after disagreement " + c.escalationId() + ")", false, clock, deadlines);
    }

    /**
     * Records a decision beside the final one, which history keeps, and routes it; {@code authorisable}: a revision the
     * pack says needs a manager waits for one (a disagreement's revision is itself decided up the ladder).
     *
     * @return the revised decision's id
     */
    String revise(ChildDecisions.Asked asked, String because, boolean authorisable, PackContext clock, DeadlineManager deadlines) {
        return record(asked, recommendation.judge(asked, clock), because, true, authorisable, clock, deadlines);
    }

    private String record(ChildDecisions.Asked asked, ChildDecisions judged, String because, boolean revision, boolean authorisable,
                          PackContext clock, DeadlineManager deadlines) {
        boolean authorise = authorisable && judged.authorisationRequired();
        Instant authorisationDue = authorise ? clock.authorisationDue(triage.packId(), clock.now()) : null;
        String authorisationDeadline = TriageDeadlines.schedule(deadlines, DeadlineKind.AUTHORISATION, null, authorisationDue);
        String decisionId = UUID.randomUUID().toString();
        apply(DecisionRecorded.judged(triage.contactId(), decisionId, clock.level(triage.packId(), judged.levelRank()),
                judged.because(because, authorise), asked.rationale() + because, asked.decidedBy(), revision, authorisationDue,
                authorisationDeadline));
        if (!authorise) {
            carryOut(clock, deadlines);
        }
        return decisionId;
    }

    /** Each route any child's decision takes; the referrer is owed feedback when a child is not accepted for social care. */
    void carryOut(PackContext clock, DeadlineManager deadlines) {
        routing.route(children, clock);
        if (children.stream().anyMatch(child -> !child.acceptedForSocialCare())) {
            feedback.oweNotAccepted(clock, deadlines);
        }
    }

    boolean made() {
        return children != null;
    }

    void requireFinal() {
        if (!made() || triage.status() == TriageStatus.AWAITING_AUTHORISATION) {
            throw new ConflictException("there is no final decision to revise");
        }
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        children = e.children().isEmpty()
                ? triage.contact().everyChild().stream().map(index -> new ChildDecided(index, null, e.level(), e.routes(), e.rationale(),
                        e.overrideDirection(), e.authorisationRequired(), e.authorisationReason(), e.acceptedForSocialCare())).toList()
                : e.children();
    }

    @EventSourcingHandler
    void on(DecisionReturned e) {
        children = null;
    }
}
