package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import io.frontdoor.kernel.validation.ContactSubmissionValidator;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

/**
 * Every way in (REST, the partner feed) validates a submission and records it once here: a resend of the same
 * (agency, reference) — or, on the partner feed, the same (sender, reference) — answers with the first contact.
 */
@Service
public class ContactIntake {

    public record Outcome(String contactId, boolean duplicate) {
    }

    private final CommandGateway commands;
    private final ContactSubmissionValidator validator;
    private final Clock clock;

    public ContactIntake(CommandGateway commands, Clock clock, IndicatorCatalogue indicators) {
        this.commands = commands;
        this.clock = clock;
        this.validator = new ContactSubmissionValidator(clock, indicators);
    }

    public Outcome receive(ContactSubmission submission) {
        validator.check(submission);
        return record(submission, ContactIds.forSubmission(submission), null);
    }

    /** A referral from the partner feed: {@code sender} is the sending system; its reference names the contact. */
    public Outcome receiveFromPartnerFeed(String sender, ContactSubmission submission) {
        validator.check(submission);
        if (submission.externalReference() == null || submission.externalReference().isBlank()) {
            throw InvalidSubmissionException.of("externalReference", "is required on the partner feed");
        }
        return record(submission, ContactIds.forPartnerFeed(sender, submission.externalReference()), sender);
    }

    private Outcome record(ContactSubmission submission, String contactId, String sender) {
        Instant receivedAt = submission.receivedAt() != null ? submission.receivedAt() : clock.instant();
        try {
            commands.sendAndWait(new RecordContact(contactId, submission, receivedAt, sender));
            return new Outcome(contactId, false);
        } catch (AggregateStreamCreationException alreadyRecorded) {
            return new Outcome(contactId, true);
        }
    }
}
