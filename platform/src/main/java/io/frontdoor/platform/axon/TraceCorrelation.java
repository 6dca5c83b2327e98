package io.frontdoor.platform.axon;

import io.frontdoor.platform.observability.TraceContext;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Puts the trace context of the request or record being handled ({@code traceparent}) into the metadata of every event
 * it causes, so the outbox publisher can continue that trace when it sends the event on, however much later.
 */
class TraceCorrelation implements CorrelationDataProvider {

    private final TraceContext trace;

    TraceCorrelation(TraceContext trace) {
        this.trace = trace;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, String> current = trace.current();
        if (!current.isEmpty()) {
            return current;
        }
        // a message handled outside any span (a deadline, a replay) keeps the context it was sent with
        Object carried = message.getMetaData().get("traceparent");
        return carried == null ? Map.of() : Map.of("traceparent", carried);
    }
}
