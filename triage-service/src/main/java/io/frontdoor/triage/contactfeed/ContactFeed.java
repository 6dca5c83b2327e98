package io.frontdoor.triage.contactfeed;

import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.ContactUpdatedV1;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.axon.RecordBatches;
import io.frontdoor.platform.messaging.ProcessedEvents;
import io.frontdoor.triage.opening.TriageOpener;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens a triage for every contact intake accepted, and has it re-evaluated on every update of the contact. A poll's inbox
 * rows, child index entries and triages' events commit in one transaction ({@link RecordBatches}), and the offsets are
 * committed after it: a crash anywhere redelivers, and a redelivery changes nothing.
 */
@Component
public class ContactFeed {

    static final String CONSUMER = "triage.contacts";
    private static final Logger LOG = LoggerFactory.getLogger(ContactFeed.class);

    private final CommandGateway commands;
    private final ProcessedEvents inbox;
    private final TriageOpener opener;
    private final RecordBatches batches;

    public ContactFeed(CommandGateway commands, ProcessedEvents inbox, TriageOpener opener, RecordBatches batches) {
        this.commands = commands;
        this.inbox = inbox;
        this.opener = opener;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.CONTACTS, groupId = "triage-service", batch = "true",
            concurrency = "${frontdoor.contacts.concurrency:3}")
    public void on(List<ConsumerRecord<String, String>> records) {
        batches.handle(records, this::on);
    }

    void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelopes.read(record.value());
        boolean received = ContactReceivedV1.TYPE.equals(envelope.eventType());
        boolean updated = ContactUpdatedV1.TYPE.equals(envelope.eventType());
        if (!(received || updated) || !inbox.firstDelivery(CONSUMER, envelope.eventId())) {
            return;
        }
        if (received) {
            ContactReceivedV1 contact = envelope.payloadAs(ContactReceivedV1.class);
            commands.sendAndWait(opener.open(contact.contactId(), contact.submission(), contact.receivedAt()));
            // the log line carries the trace id of intake's request (the record's traceparent)
            LOG.info("triage opened for contact {}", contact.contactId());
        } else {
            ContactUpdatedV1 update = envelope.payloadAs(ContactUpdatedV1.class);
            commands.sendAndWait(opener.reevaluate(update.contactId(), update.updateNumber(), update.submission(), update.changes(),
                    update.sentBy(), update.recordedAt()));
        }
    }
}
