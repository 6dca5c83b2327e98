package io.frontdoor.intake.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.intake.feedback.PartnerFeedbackRecorded;
import io.frontdoor.intake.feedback.RecordPartnerFeedback;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A contact as the front door received it, and what its referrer was told about it. Its id comes from the referrer's
 * reference, so a resend is one contact.
 */
@Aggregate
public class Contact {

    @AggregateIdentifier
    private String contactId;

    protected Contact() {
    }

    @CommandHandler
    public Contact(RecordContact command) {
        apply(new ContactReceived(command.contactId(), command.submission(), command.receivedAt(), command.sender()));
    }

    /** Feedback for the referring partner: recorded here, published on the partner feedback topic by the outbox. */
    @CommandHandler
    void handle(RecordPartnerFeedback command) {
        apply(new PartnerFeedbackRecorded(contactId, command.feedback()));
    }

    @EventSourcingHandler
    void on(ContactReceived event) {
        contactId = event.contactId();
    }
}
