package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.RecordFeedbackSent;
import io.frontdoor.triage.triage.TriageEvents.FeedbackDue;
import io.frontdoor.triage.triage.TriageEvents.FeedbackSent;
import io.frontdoor.triage.triage.TriageEvents.TriageClosed;
import io.frontdoor.triage.triage.TriageEvents.TriageOpened;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The feedback the referrer is owed ({@link FeedbackKind}), each on its own clock until sent; the outcome's closes the triage. */
class FeedbackClocks {

    private final Triage triage;
    /** Feedback kind owed to its deadline's id. */
    private final Map<String, String> owed = new HashMap<>();
    private String outcomeDeadlineId;

    FeedbackClocks(Triage triage) {
        this.triage = triage;
    }

    @CommandHandler
    void handle(RecordFeedbackSent c, DeadlineManager deadlines) {
        triage.requireOpen();
        FeedbackKind kind = FeedbackKind.parse(c.kind());
        Codes.require("method", c.method(), FeedbackMethod.class);
        if (c.message() == null || c.message().isBlank()) {
            throw InvalidSubmissionException.of("message", "feedback says what the referrer was told");
        }
        if (kind == FeedbackKind.OUTCOME && triage.status() != TriageStatus.DECIDED) {
            throw new ConflictException("the outcome can be sent once the decision is final");
        }
        TriageDeadlines.cancel(deadlines, kind.deadline(), kind == FeedbackKind.OUTCOME ? outcomeDeadlineId : owed.get(kind.name()));
        apply(new FeedbackSent(triage.contactId(), kind.name(), c.method(), c.sentBy(), c.message()));
        if (kind == FeedbackKind.OUTCOME) {
            apply(new TriageClosed(triage.contactId(), "DECIDED_AND_FED_BACK"));
        }
    }

    /** A final decision that does not accept a child for social care owes the referrer feedback by the pack's time. */
    void oweNotAccepted(PackContext clock, DeadlineManager deadlines) {
        Instant due = clock.feedbackNotAcceptedDue(triage.packId(), clock.now());
        String deadline = TriageDeadlines.schedule(deadlines, DeadlineKind.FEEDBACK_NOT_ACCEPTED, null, due);
        apply(new FeedbackDue(triage.contactId(), FeedbackKind.NOT_ACCEPTED.name(), due, deadline));
    }

    boolean owes(FeedbackKind kind) {
        return owed.containsKey(kind.name());
    }

    void stopClocks(DeadlineManager deadlines) {
        TriageDeadlines.cancel(deadlines, DeadlineKind.FEEDBACK_NOT_ACCEPTED, owed.get(FeedbackKind.NOT_ACCEPTED.name()));
        TriageDeadlines.cancel(deadlines, DeadlineKind.OUTCOME_TO_REFERRER, outcomeDeadlineId);
    }

    @EventSourcingHandler
    void on(TriageOpened e) {
        outcomeDeadlineId = e.outcomeDeadlineId();
    }

    @EventSourcingHandler
    void on(FeedbackDue e) {
        owed.put(e.kind(), e.deadlineId());
    }

    @EventSourcingHandler
    void on(FeedbackSent e) {
        owed.remove(e.kind());
        if (FeedbackKind.OUTCOME.name().equals(e.kind())) {
            outcomeDeadlineId = null;
        }
    }
}
