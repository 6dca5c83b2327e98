package io.frontdoor.intake.partnerfeed;

import io.frontdoor.intake.contact.ContactIntake;
import io.frontdoor.kernel.event.Topics;
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
 */
@Component
public class PartnerReferralListener {

    private static final Logger log = LoggerFactory.getLogger(PartnerReferralListener.class);

    private final PartnerReferralReader reader;
    private final ContactIntake intake;

    public PartnerReferralListener(PartnerReferralReader reader, ContactIntake intake) {
        this.reader = reader;
        this.intake = intake;
    }

    @KafkaListener(topics = Topics.PARTNER_REFERRALS, groupId = "intake-partner-referrals",
            concurrency = "${frontdoor.partner-referrals.concurrency:3}")
    public void on(ConsumerRecord<String, String> record) {
        ReceivedReferral referral = reader.read(record);
        ContactIntake.Outcome outcome = intake.receiveFromPartnerFeed(referral.sender(), referral.message().toSubmission());
        log.debug("{} v{} from {} at {}-{}@{}: contact {}{}", referral.type().type(), referral.type().version(), referral.sender(),
                record.topic(), record.partition(), record.offset(), outcome.contactId(), outcome.duplicate() ? " (resend)" : "");
    }
}
