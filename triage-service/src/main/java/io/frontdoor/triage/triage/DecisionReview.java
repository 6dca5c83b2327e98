package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.ReviewFlaggedDecision;
import io.frontdoor.triage.triage.TriageEvents.DecisionReviewed;
import io.frontdoor.triage.triage.TriageEvents.FlaggedForReview;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** A decision that referrer updates raised the risk after: flagged until a worker reviews it. */
class DecisionReview {

    private final Triage triage;
    private final Decision decision;
    /** The updates that flagged the decision for review, until a worker reviews it. */
    private final List<Integer> flaggedUpdates = new ArrayList<>();

    DecisionReview(Triage triage, Decision decision) {
        this.triage = triage;
        this.decision = decision;
    }

    /**
     * A worker reviews the decision updates flagged: it stands, or it is revised like a decision changed by a disagreement,
     * except that a revision the pack says a manager must authorise waits for one, as a first decision would. Either way
     * the flag is cleared.
     */
    @CommandHandler
    void handle(ReviewFlaggedDecision c, PackContext clock, DeadlineManager deadlines) {
        Codes.require("outcome", c.outcome(), ReviewOutcome.class);
        if (c.rationale() == null || c.rationale().isBlank()) {
            throw InvalidSubmissionException.of("rationale", "a review says why the decision stands or is revised");
        }
        if (flaggedUpdates.isEmpty()) {
            throw new ConflictException("this contact is not flagged for review");
        }
        String revisedDecision = null;
        if (ReviewOutcome.DECISION_REVISED.name().equals(c.outcome())) {
            if (c.levelRank() == null || c.routes().isEmpty()) {
                throw InvalidSubmissionException.of(c.levelRank() == null ? "levelRank" : "routes", "is required to revise the decision");
            }
            decision.requireFinal();
            var asked = new ChildDecisions.Asked(c.levelRank(), c.routes(), c.rationale(), c.reviewedBy(), c.children());
            String because = " (revised on review of update " + flaggedUpdates.get(flaggedUpdates.size() - 1) + ")";
            revisedDecision = decision.revise(asked, because, true, clock, deadlines);
        }
        apply(new DecisionReviewed(triage.contactId(), List.copyOf(flaggedUpdates), c.outcome(), c.rationale(), c.reviewedBy(),
                revisedDecision));
    }

    @EventSourcingHandler
    void on(FlaggedForReview e) {
        flaggedUpdates.add(e.updateNumber());
    }

    @EventSourcingHandler
    void on(DecisionReviewed e) {
        flaggedUpdates.clear();
    }
}
