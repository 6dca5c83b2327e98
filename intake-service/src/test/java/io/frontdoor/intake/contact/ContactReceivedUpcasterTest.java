package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.InfraProperties;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A ContactReceived exactly as intake stored it before revision 2 (no revision, no sender: the fixture is such an event's
 * payload column) is read from the real event store through the upcaster, as the service reads it after an upgrade.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactReceivedUpcasterTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore events;

    @Test
    void aContactReceivedStoredBeforeRevisionTwoIsReadWithNoSender() throws Exception {
        String contactId = UUID.randomUUID().toString();
        String payload = new ClassPathResource("events/contact-received-revision-none.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("CONTACT_ID", contactId);
        jdbc.update("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, 0, 'Contact', ?, ?, NULL, ?, ?)""",
                UUID.randomUUID().toString(), contactId, Instant.parse("2026-10-01T09:00:00Z").toString(),
                ContactReceived.class.getName(), payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        List<? extends DomainEventMessage<?>> read = events.readEvents(contactId).asStream().toList();

        assertThat(read).hasSize(1);
        ContactReceived received = (ContactReceived) read.get(0).getPayload();
        assertThat(received.contactId()).isEqualTo(contactId);
        assertThat(received.sender()).isNull();
        assertThat(received.submission().referrer().agencyName()).isEqualTo("Demoshire Police");
        assertThat(received.receivedAt()).isEqualTo(Instant.parse("2026-10-01T08:55:00Z"));
    }
}
