package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactIds;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import io.frontdoor.kernel.validation.ContactSubmissionValidator;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every way in (REST, the partner feed) validates a submission and records it once here: a resend of the same
 * (agency, reference) — or, on the partner feed, the same (sender, reference) — answers with the first contact.
 */
@Service
public class ContactIntake {

    public record Outcome(String contactId, boolean duplicate) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ContactIntake.class);

    private final CommandGateway commands;
    private final ContactSubmissionValidator validator;
    private final Clock clock;
    private final MeterRegistry metrics;

    public ContactIntake(CommandGateway commands, Clock clock, IndicatorCatalogue indicators, MeterRegistry metrics) {
        this.commands = commands;
        this.clock = clock;
        this.validator = new ContactSubmissionValidator(clock, indicators);
        this.metrics = metrics;
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
            countReceived(submission);
            // the contact id names no one; the trace id in the log line follows it through triage to the queue
            LOG.info("contact {} recorded", contactId);
            return new Outcome(contactId, false);
        } catch (AggregateStreamCreationException alreadyRecorded) {
            return new Outcome(contactId, true);
        }
    }

    /** {@code frontdoor_contacts_received_total{source,cin_source,channel}}: source is the referrer's agency type. */
    private void countReceived(ContactSubmission submission) {
        AgencyType agency = submission.referrer() == null ? null : submission.referrer().agencyType();
        metrics.counter("frontdoor.contacts.received",
                "source", agency == null ? "UNKNOWN" : agency.name(),
                "cin_source", agency == null ? "10" : agency.cinCensusSource(),
                "channel", submission.channel() == null ? "UNKNOWN" : submission.channel().name()).increment();
    }
}
