package io.frontdoor.projection.eventlog;

import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import io.frontdoor.platform.observability.TraceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Both topics, a poll at a time. An unreadable record is not retried: the readable ones before it are recorded, then
 * the error handler commits up to it, sends it to the dead-letter topic and carries on from the next.
 */
@Component
public class EventLogListener {

    private static final Logger LOG = LoggerFactory.getLogger(EventLogListener.class);

    private final LiveUpdate live;
    private final TraceContext trace;

    public EventLogListener(LiveUpdate live, TraceContext trace) {
        this.live = live;
        this.trace = trace;
    }

    @KafkaListener(id = "projection-event-log", topics = {Topics.CONTACTS, Topics.TRIAGE}, groupId = "projection-event-log",
            batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        List<IncomingEvent> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            try {
                readable.add(traced(record));
            } catch (RuntimeException unreadable) {
                live.record(readable);
                // the reason names the record, never its content: Jackson's messages may quote personal data
                throw new BatchListenerFailedException("unreadable record", new UnprocessableRecordException(
                        "record " + record.topic() + "/" + record.partition() + "@" + record.offset() + " is not a readable "
                                + "Front Door event (" + unreadable.getClass().getSimpleName() + ")"), i);
            }
        }
        live.record(readable);
    }

    /** Reads a record inside a span continuing the trace in its {@code traceparent}, so the log line carries its trace id. */
    private IncomingEvent traced(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        Header traceparent = record.headers().lastHeader("traceparent");
        if (traceparent != null) {
            headers.put("traceparent", new String(traceparent.value(), StandardCharsets.UTF_8));
        }
        try {
            return trace.within("project " + record.topic(), headers, () -> {
                IncomingEvent event = read(record);
                LOG.debug("{} {} of contact {} to the views", event.envelope().eventType(), event.envelope().eventId(),
                        event.envelope().contactId());
                return event;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static IncomingEvent read(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelopes.read(record.value());
        if (envelope.eventId() == null || envelope.eventType() == null || envelope.contactId() == null
                || envelope.occurredAt() == null || envelope.payload() == null) {
            throw new UnprocessableRecordException("an envelope lacks eventId, eventType, contactId, occurredAt or payload");
        }
        return IncomingEvent.of(record.topic(), envelope);
    }
}
