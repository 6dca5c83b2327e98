package io.frontdoor.intake.feedback;

import io.frontdoor.intake.contact.ContactReceived;
import io.frontdoor.intake.contact.ContactUpdated;
import io.frontdoor.intake.contact.PartnerFeedbackRecorded;
import io.frontdoor.intake.contact.PartnerFeedbackV1;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.BrokerAcknowledgements;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox for partner feedback: a pooled streaming processor over intake's own events whose batch commits only after
 * the broker acknowledged every record in it ({@link BrokerAcknowledgements}), so its token never passes an unpublished
 * message. It acknowledges each partner contact on receipt and each update on its receipt, and publishes the feedback
 * recorded on the contact, keyed by the sender's reference.
 */
@Component
@ProcessingGroup(PartnerFeedbackPublisher.PROCESSING_GROUP)
public class PartnerFeedbackPublisher {

    public static final String PROCESSING_GROUP = "partner-feedback-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final FeedbackMessages messages;

    public PartnerFeedbackPublisher(KafkaTemplate<String, String> kafka, FeedbackMessages messages) {
        this.kafka = kafka;
        this.messages = messages;
    }

    @EventHandler
    void on(ContactReceived received, EventMessage<?> message) throws InterruptedException, ExecutionException, TimeoutException {
        if (received.fromPartner()) {
            PartnerContact to = PartnerContact.of(received.contactId(), received.sender(), received.submission(), received.receivedAt());
            publish(messages.acknowledgement(message.getIdentifier(), to, message.getTimestamp()));
        }
    }

    /** Each update a partner sent is acknowledged as that update: the partner knows it was kept, not dropped as a resend. */
    @EventHandler
    void on(ContactUpdated updated, EventMessage<?> message) throws InterruptedException, ExecutionException, TimeoutException {
        if (updated.fromPartner()) {
            PartnerContact to = PartnerContact.of(updated.contactId(), updated.sender(), updated.submission(), updated.receivedAt());
            publish(messages.updateAcknowledgement(message.getIdentifier(), to, message.getTimestamp(), updated.updateNumber(),
                    updated.changes()));
        }
    }

    @EventHandler
    void on(PartnerFeedbackRecorded recorded) throws InterruptedException, ExecutionException, TimeoutException {
        publish(recorded.feedback());
    }

    private void publish(PartnerFeedbackV1 feedback) throws InterruptedException, ExecutionException, TimeoutException {
        var record = new ProducerRecord<>(Topics.PARTNER_FEEDBACK, feedback.externalReference(), EventEnvelopes.JSON.writeValueAsString(feedback));
        record.headers().add("type", PartnerFeedbackV1.TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("version", Integer.toString(PartnerFeedbackV1.VERSION).getBytes(StandardCharsets.UTF_8));
        record.headers().add("kind", feedback.kind().name().getBytes(StandardCharsets.UTF_8));
        record.headers().add("feedbackId", feedback.feedbackId().getBytes(StandardCharsets.UTF_8));
        if (feedback.sender() != null) {
            record.headers().add("sender", feedback.sender().getBytes(StandardCharsets.UTF_8));
        }
        BrokerAcknowledgements.awaitBeforeCommit(kafka.send(record));
    }
}
