package io.frontdoor.intake.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A contact as the front door received it, every update its referrer sent, and what its referrer was told about it.
 * Its id comes from the referrer's reference, so a resend is one contact: the same content again changes nothing, a
 * different content is the next update. Commands on one contact are applied one after the other, so two updates sent
 * at once are both kept, numbered in the order they were recorded.
 */
@Aggregate
public class Contact {

    @AggregateIdentifier
    private String contactId;
    private ContactSubmission current;
    private int updates;

    protected Contact() {
    }

    @CommandHandler
    public Contact(RecordContact command) {
        apply(new ContactReceived(command.contactId(), command.submission(), command.receivedAt(), command.sender()));
    }

    @CommandHandler
    UpdateContact.Result handle(UpdateContact command) {
        List<String> changes = SubmissionChanges.between(current, command.submission());
        if (changes.isEmpty()) {
            return new UpdateContact.Result(0, List.of());
        }
        int number = updates + 1;
        apply(new ContactUpdated(contactId, number, command.submission(), changes, command.sentBy(), command.sender(),
                command.receivedAt(), command.recordedAt()));
        return new UpdateContact.Result(number, changes);
    }

    /** Feedback for the referring partner: recorded here, published on the partner feedback topic by the outbox. */
    @CommandHandler
    void handle(RecordPartnerFeedback command) {
        apply(new PartnerFeedbackRecorded(contactId, command.feedback()));
    }

    @EventSourcingHandler
    void on(ContactReceived event) {
        contactId = event.contactId();
        current = event.submission();
    }

    @EventSourcingHandler
    void on(ContactUpdated event) {
        current = event.submission();
        updates = event.updateNumber();
    }
}
