package io.frontdoor.projection.queue;

import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.EventEnvelope;
import io.frontdoor.kernel.event.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.platform.messaging.ProcessedEvents;
import java.sql.Timestamp;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue read model. Contacts and triage events come on two topics, so either may arrive first: each event
 * fills in what it knows and never overwrites what a later stage recorded.
 */
@Component
public class QueueProjection {

    static final String CONSUMER = "projection.queue";

    private final JdbcTemplate jdbc;
    private final ProcessedEvents inbox;

    public QueueProjection(JdbcTemplate jdbc, ProcessedEvents inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    @KafkaListener(topics = {Topics.CONTACTS, Topics.TRIAGE}, groupId = "projection-service")
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelopes.read(record.value());
        if (!inbox.firstDelivery(CONSUMER, envelope.eventId())) {
            return;
        }
        switch (envelope.eventType()) {
            case ContactReceivedV1.TYPE -> received(envelope.payloadAs(ContactReceivedV1.class));
            case TriageOpenedV1.TYPE -> opened(envelope.payloadAs(TriageOpenedV1.class));
            default -> { }
        }
    }

    private void received(ContactReceivedV1 contact) {
        var submission = contact.submission();
        List<ChildSummary> children = submission.children().stream()
                .map(c -> new ChildSummary(c.givenName(), c.familyName(), c.dateOfBirth(), c.expectedDateOfBirth()))
                .toList();
        jdbc.update("""
                INSERT INTO queue_item (contact_id, pack_id, received_at, referrer_agency, children, status)
                VALUES (?, ?, ?, ?, ?::jsonb, 'RECEIVED')
                ON CONFLICT (contact_id) DO UPDATE SET referrer_agency = EXCLUDED.referrer_agency""",
                contact.contactId(), submission.packId(), Timestamp.from(contact.receivedAt()),
                submission.referrer().agencyType().name(), EventEnvelopes.JSON.writeValueAsString(children));
    }

    private void opened(TriageOpenedV1 triage) {
        jdbc.update("""
                INSERT INTO queue_item (contact_id, pack_id, received_at, children, status, rag, decision_due_at)
                VALUES (?, ?, ?, ?::jsonb, 'IN_TRIAGE', ?, ?)
                ON CONFLICT (contact_id) DO UPDATE SET status = 'IN_TRIAGE', rag = EXCLUDED.rag,
                    decision_due_at = EXCLUDED.decision_due_at""",
                triage.contactId(), triage.packId(), Timestamp.from(triage.receivedAt()),
                EventEnvelopes.JSON.writeValueAsString(triage.children()), triage.rag(),
                triage.decisionDueAt() == null ? null : Timestamp.from(triage.decisionDueAt()));
    }
}
