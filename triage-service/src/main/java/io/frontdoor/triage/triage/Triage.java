package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The front door's work on one contact, from opening to decision. Its id is the contact id. */
@Aggregate
public class Triage {

    /** Working Together: a decision on a referral within one working day; a plain day until the calendar lands. */
    static final Duration DEFAULT_DECISION_TIME = Duration.ofHours(24);

    @AggregateIdentifier
    private String contactId;

    protected Triage() {
    }

    @CommandHandler
    public Triage(OpenTriage command) {
        apply(new TriageOpened(command.contactId(), command.submission(), command.receivedAt(),
                command.receivedAt().plus(DEFAULT_DECISION_TIME)));
    }

    @EventSourcingHandler
    void on(TriageOpened event) {
        contactId = event.contactId();
    }
}
