package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.CloseTriage;
import io.frontdoor.triage.triage.TriageEvents.TriageClosed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;

/**
 * A worker closes the contact: a duplicate at any time before closure (its work goes on in the other contact), any other
 * reason once the decision is final. Every clock still running stops with it. (Sending the outcome closes it otherwise.)
 */
class Closure {

    private final Triage triage;
    private final RecommendationInForce recommendation;
    private final Authorisation authorisation;
    private final PartnerChecks checks;
    private final FeedbackClocks feedback;

    Closure(Triage triage, RecommendationInForce recommendation, Authorisation authorisation, PartnerChecks checks,
            FeedbackClocks feedback) {
        this.triage = triage;
        this.recommendation = recommendation;
        this.authorisation = authorisation;
        this.checks = checks;
        this.feedback = feedback;
    }

    @CommandHandler
    void handle(CloseTriage c, DeadlineManager deadlines) {
        triage.requireOpen();
        Codes.require("reason", c.reason(), ClosureReason.class);
        ClosureReason reason = ClosureReason.valueOf(c.reason());
        if (reason == ClosureReason.DUPLICATE
                && (c.duplicateOf() == null || c.duplicateOf().isBlank() || c.duplicateOf().equals(triage.contactId()))) {
            throw InvalidSubmissionException.of("duplicateOf", "a duplicate names the other contact it duplicates");
        }
        TriageStatus status = triage.status();
        if (!reason.beforeTheDecisionIsFinal() && status != TriageStatus.DECIDED) {
            throw new ConflictException("a contact is closed for this reason once its decision is final");
        }
        if (status == TriageStatus.OPEN) {
            recommendation.stopDecisionClock(deadlines);
        }
        if (status == TriageStatus.AWAITING_AUTHORISATION) {
            authorisation.stopClock(deadlines);
        }
        checks.stopClocks(deadlines);
        feedback.stopClocks(deadlines);
        apply(new TriageClosed(triage.contactId(), reason.name(), c.closedBy(),
                reason == ClosureReason.DUPLICATE ? c.duplicateOf() : null, c.note() == null || c.note().isBlank() ? null : c.note()));
    }
}
