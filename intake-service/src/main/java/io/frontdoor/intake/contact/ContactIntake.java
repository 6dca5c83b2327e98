package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.ContactSubmissionValidator;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

/** Validates a submission and records it once: a resend of the same (agency, reference) answers with the first contact. */
@Service
public class ContactIntake {

    public record Outcome(String contactId, boolean duplicate) {
    }

    private final CommandGateway commands;
    private final ContactSubmissionValidator validator;
    private final Clock clock;

    public ContactIntake(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
        this.validator = new ContactSubmissionValidator(clock);
    }

    public Outcome receive(ContactSubmission submission) {
        validator.check(submission);
        String contactId = ContactIds.forSubmission(submission);
        Instant receivedAt = submission.receivedAt() != null ? submission.receivedAt() : clock.instant();
        try {
            commands.sendAndWait(new RecordContact(contactId, submission, receivedAt));
            return new Outcome(contactId, false);
        } catch (AggregateStreamCreationException alreadyRecorded) {
            return new Outcome(contactId, true);
        }
    }
}
