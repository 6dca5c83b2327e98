package io.frontdoor.projection.queue;

import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Contacts arrive at the projection as intake publishes them: ContactReceived envelopes on frontdoor.contacts.v1. */
public final class ContactsTopic {

    private ContactsTopic() {
    }

    /** @return the contact id */
    public static String publish(String submissionJson) {
        String contactId = UUID.randomUUID().toString();
        ContactSubmission submission = EventEnvelopes.JSON.readValue(submissionJson, ContactSubmission.class);
        var payload = new ContactReceivedV1(contactId, submission, Instant.parse("2026-11-20T10:15:00Z"), Instant.now());
        send(contactId, EventEnvelopes.write(new EventEnvelope(UUID.randomUUID().toString(), ContactReceivedV1.TYPE, 1,
                contactId, Instant.now(), EventEnvelopes.toTree(payload))));
        return contactId;
    }

    static void send(String key, String value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONTACTS, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
