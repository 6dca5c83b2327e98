package io.frontdoor.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The W3C trace context ({@code traceparent}) as plain strings, so that it can travel where Micrometer's own
 * instrumentation does not reach: from a request into the events it caused (Axon metadata), and from a stored event
 * to the record that publishes it. HTTP requests and Kafka listeners are traced by Spring's observations.
 */
public class TraceContext {

    // looked up once, not through the bean factory on every message (it showed in intake's partner-feed profile)
    private final SingletonSupplier<Tracer> tracer;
    private final SingletonSupplier<Propagator> propagator;

    public TraceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = SingletonSupplier.ofNullable(tracer::getIfAvailable);
        this.propagator = SingletonSupplier.ofNullable(propagator::getIfAvailable);
    }

    /** The current span's context as headers ({@code traceparent}); empty outside a trace. */
    public Map<String, String> current() {
        Tracer tracing = tracer.get();
        Propagator propagation = propagator.get();
        Span span = tracing == null ? null : tracing.currentSpan();
        if (span == null || propagation == null) {
            return Map.of();
        }
        Map<String, String> headers = new HashMap<>();
        propagation.inject(span.context(), headers, Map::put);
        return headers;
    }

    /** Runs {@code work} in a new span named {@code name}, a child of the context in {@code carrier} when it has one. */
    public <T> T within(String name, Map<String, ?> carrier, Callable<T> work) throws Exception {
        Tracer tracing = tracer.get();
        Propagator propagation = propagator.get();
        if (tracing == null || propagation == null) {
            return work.call();
        }
        Span span = carrier.containsKey("traceparent")
                ? propagation.extract(carrier, (map, key) -> map.get(key) == null ? null : map.get(key).toString()).name(name).start()
                : tracing.nextSpan().name(name).start();
        try (Tracer.SpanInScope scope = tracing.withSpan(span)) {
            return work.call();
        } finally {
            span.end();
        }
    }

    /** The trace id of the current span, or null. */
    public String traceId() {
        Tracer tracing = tracer.get();
        Span span = tracing == null ? null : tracing.currentSpan();
        return span == null ? null : span.context().traceId();
    }
}
