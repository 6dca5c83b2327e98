package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import io.frontdoor.kernel.validation.ContactSubmissionValidator;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

/**
 * Every way in (REST, the partner feed) validates a submission and records it here. The same (agency, reference) —
 * or, on the partner feed, the same (sender, reference) — is always the same contact: sent again with the same content
 * it changes nothing; with different content it is recorded as the contact's next update, never dropped.
 */
@Service
public class ContactIntake {

    /** {@code duplicate}: the same content again; {@code updateNumber} above 0: recorded as that update, with its changes. */
    public record Outcome(String contactId, boolean duplicate, int updateNumber, List<String> changes) {

        public boolean created() {
            return !duplicate && updateNumber == 0;
        }

        public boolean updated() {
            return updateNumber > 0;
        }
    }

    /** Two instances updating one contact at the same moment: the loser of the event store's race tries again. */
    static final int UPDATE_ATTEMPTS = 5;

    private final CommandGateway commands;
    private final ContactSubmissionValidator validator;
    private final Clock clock;

    public ContactIntake(CommandGateway commands, Clock clock, IndicatorCatalogue indicators) {
        this.commands = commands;
        this.clock = clock;
        this.validator = new ContactSubmissionValidator(clock, indicators);
    }

    /** @param sentBy the signed-in subject sending it */
    public Outcome receive(ContactSubmission submission, String sentBy) {
        validator.check(submission);
        return record(submission, ContactIds.forSubmission(submission), null, sentBy);
    }

    /** A referral from the partner feed: {@code sender} is the sending system; its reference names the contact. */
    public Outcome receiveFromPartnerFeed(String sender, ContactSubmission submission) {
        validator.check(submission);
        if (submission.externalReference() == null || submission.externalReference().isBlank()) {
            throw InvalidSubmissionException.of("externalReference", "is required on the partner feed");
        }
        return record(submission, ContactIds.forPartnerFeed(sender, submission.externalReference()), sender, sender);
    }

    private Outcome record(ContactSubmission submission, String contactId, String sender, String sentBy) {
        Instant receivedAt = submission.receivedAt() != null ? submission.receivedAt() : clock.instant();
        try {
            commands.sendAndWait(new RecordContact(contactId, submission, receivedAt, sender));
            return new Outcome(contactId, false, 0, List.of());
        } catch (AggregateStreamCreationException alreadyRecorded) {
            return update(contactId, submission, receivedAt, sender, sentBy);
        }
    }

    private Outcome update(String contactId, ContactSubmission submission, Instant receivedAt, String sender, String sentBy) {
        for (int attempt = 1; ; attempt++) {
            try {
                UpdateContact.Result result = commands.sendAndWait(
                        new UpdateContact(contactId, submission, receivedAt, sender, sentBy, clock.instant()));
                return new Outcome(contactId, !result.updated(), result.updateNumber(), result.changes());
            } catch (ConcurrencyException anotherUpdateWasRecordedFirst) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw anotherUpdateWasRecordedFirst;
                }
            }
        }
    }
}
