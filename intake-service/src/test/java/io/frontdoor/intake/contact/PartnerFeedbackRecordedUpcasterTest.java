package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.InfraProperties;
import io.frontdoor.intake.contact.PartnerFeedbackV1.Kind;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A PartnerFeedbackRecorded stored under its old package name (io.frontdoor.intake.feedback) is read from the real
 * event store as the same event, as the service reads it after the upgrade that moved the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerFeedbackRecordedUpcasterTest {

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
    void feedbackStoredUnderTheOldPackageIsReadAsTheSameEvent() {
        String contactId = UUID.randomUUID().toString();
        PartnerFeedbackV1 feedback = new PartnerFeedbackV1("feedback-1", Kind.ACKNOWLEDGEMENT, "police", "REF-1", contactId,
                "POLICE", "Demoshire Police", Instant.parse("2026-10-01T09:00:00Z"), null, null, null, null, null, null, null,
                null, null, null, null);
        byte[] payload = serializer.serialize(new PartnerFeedbackRecorded(contactId, feedback), byte[].class).getData();
        jdbc.update("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, 0, 'Contact', ?, ?, NULL, ?, ?)""",
                UUID.randomUUID().toString(), contactId, Instant.parse("2026-10-01T09:00:00Z").toString(),
                "io.frontdoor.intake.feedback.PartnerFeedbackRecorded", payload, "{}".getBytes());

        List<? extends DomainEventMessage<?>> read = events.readEvents(contactId).asStream().toList();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getPayload()).isEqualTo(new PartnerFeedbackRecorded(contactId, feedback));
    }
}
