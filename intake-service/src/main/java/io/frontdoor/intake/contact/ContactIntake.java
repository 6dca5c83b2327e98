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
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(ContactIntake.class);
    /** Two instances updating one contact at the same moment: the loser of the event store's race tries again. */
    static final int UPDATE_ATTEMPTS = 5;

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
            countReceived(submission);
            // the contact id names no one; the trace id in the log line follows it through triage to the queue
            LOG.info("contact {} recorded", contactId);
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

    /** {@code frontdoor_contacts_received_total{source,cin_source,channel}}: source is the referrer's agency type. */
    private void countReceived(ContactSubmission submission) {
        AgencyType agency = submission.referrer() == null ? null : submission.referrer().agencyType();
        metrics.counter("frontdoor.contacts.received",
                "source", agency == null ? "UNKNOWN" : agency.name(),
                "cin_source", agency == null ? "10" : agency.cinCensusSource(),
                "channel", submission.channel() == null ? "UNKNOWN" : submission.channel().name()).increment();
    }
}
