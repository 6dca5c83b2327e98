package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.InfraProperties;
import io.frontdoor.intake.contact.PartnerFeedbackV1.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events exactly as an earlier intake stored them are read from the real event store through the upcasters, as the
 * service reads them after an upgrade: a ContactReceived from before revision 2 (no revision, no sender: the fixture is
 * such an event's payload column), and a PartnerFeedbackRecorded stored under its old package name
 * (io.frontdoor.intake.feedback).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredEventsAfterUpgradeTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore events;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void aContactReceivedStoredBeforeRevisionTwoIsReadWithNoSender() throws Exception {
        String contactId = UUID.randomUUID().toString();
        String payload = new ClassPathResource("events/contact-received-revision-none.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("CONTACT_ID", contactId);
        storeAsTheFirstEventOf(contactId, ContactReceived.class.getName(), payload.getBytes(StandardCharsets.UTF_8));

        List<? extends DomainEventMessage<?>> read = events.readEvents(contactId).asStream().toList();

        assertThat(read).hasSize(1);
        ContactReceived received = (ContactReceived) read.get(0).getPayload();
        assertThat(received.contactId()).isEqualTo(contactId);
        assertThat(received.sender()).isNull();
        assertThat(received.submission().referrer().agencyName()).isEqualTo("Demoshire Police");
        assertThat(received.receivedAt()).isEqualTo(Instant.parse("2026-10-01T08:55:00Z"));
    }

    @Test
    void feedbackStoredUnderTheOldPackageIsReadAsTheSameEvent() {
        String contactId = UUID.randomUUID().toString();
        PartnerFeedbackV1 feedback = new PartnerFeedbackV1("feedback-1", Kind.ACKNOWLEDGEMENT, "police", "REF-1", contactId,
                "POLICE", "Demoshire Police", Instant.parse("2026-10-01T09:00:00Z"), null, null, null, null, null, null, null,
                null, null, null, null);
        byte[] payload = serializer.serialize(new PartnerFeedbackRecorded(contactId, feedback), byte[].class).getData();
        storeAsTheFirstEventOf(contactId, "io.frontdoor.intake.feedback.PartnerFeedbackRecorded", payload);

        List<? extends DomainEventMessage<?>> read = events.readEvents(contactId).asStream().toList();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getPayload()).isEqualTo(new PartnerFeedbackRecorded(contactId, feedback));
    }

    /** Writes the payload into the event store's table as it stands, with no revision, as an earlier intake did. */
    private void storeAsTheFirstEventOf(String contactId, String payloadType, byte[] payload) {
        jdbc.update("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, 0, 'Contact', ?, ?, NULL, ?, ?)""",
                UUID.randomUUID().toString(), contactId, Instant.parse("2026-10-01T09:00:00Z").toString(),
                payloadType, payload, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
