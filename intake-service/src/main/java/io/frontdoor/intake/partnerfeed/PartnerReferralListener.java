package io.frontdoor.intake.partnerfeed;

import io.frontdoor.intake.contact.ContactIntake;
import io.frontdoor.intake.partnerfeed.PartnerReferralRejected.Reason;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import io.frontdoor.platform.security.PartnerSenders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The partner feed in: each message becomes a contact through the same {@link ContactIntake} as {@code POST /api/contacts}
 * (same validation, de-duplication and recording). The listener returns only after the contact is recorded, and the
 * offset is committed after it returns (ack mode record): a crash redelivers, and a redelivery is the same contact.
 * A message that fails a check is dead-lettered by the platform's error handler and the partition moves on.
 *
 * <p>Partner systems on Kafka are identified by their sender ({@link PartnerSenders}): a message from a sender that is
 * not registered ({@code frontdoor.security.partner-senders.<sender>.agency} and {@code .name}), or whose referrer declares another agency
 * than its sender's, is dead-lettered ({@code SENDER_NOT_ALLOWED}) and nothing is recorded.
 */
@Component
public class PartnerReferralListener {

    private static final Logger log = LoggerFactory.getLogger(PartnerReferralListener.class);

    private final PartnerReferralReader reader;
    private final ContactIntake intake;
    private final PartnerSenders senders;

    public PartnerReferralListener(PartnerReferralReader reader, ContactIntake intake, PartnerSenders senders) {
        this.reader = reader;
        this.intake = intake;
        this.senders = senders;
    }

    @KafkaListener(topics = Topics.PARTNER_REFERRALS, groupId = "intake-partner-referrals",
            concurrency = "${frontdoor.partner-referrals.concurrency:3}")
    public void on(ConsumerRecord<String, String> record) {
        ReceivedReferral referral = reader.read(record);
        ContactSubmission submission = referral.message().toSubmission();
        requireSenderMayReferFor(referral.sender(), submission.referrer() == null ? null : submission.referrer().agencyType(),
                submission.referrer() == null ? null : submission.referrer().agencyName());
        ContactIntake.Outcome outcome = intake.receiveFromPartnerFeed(referral.sender(), submission);
        log.debug("{} v{} from {} at {}-{}@{}: contact {}{}", referral.type().type(), referral.type().version(), referral.sender(),
                record.topic(), record.partition(), record.offset(), outcome.contactId(),
                outcome.duplicate() ? " (resend)" : outcome.updated() ? " (update " + outcome.updateNumber() + ")" : "");
    }

    /** The sender the reader took from the record (its {@code sender} header) must be registered for the declared agency, kind and name. */
    private void requireSenderMayReferFor(String sender, AgencyType declared, String declaredName) {
        try {
            senders.requireDeclaredAgencyMatchesSender(sender, declared, declaredName);
        } catch (UnprocessableRecordException e) {
            throw new PartnerReferralRejected(Reason.SENDER_NOT_ALLOWED, e.getMessage());
        }
    }
}
