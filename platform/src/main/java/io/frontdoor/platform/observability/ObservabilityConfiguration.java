package io.frontdoor.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Metrics every service shares ({@code frontdoor_consumer_lag_records}; dead letters are counted where they are sent)
 * and the trace context that follows a contact through the event stores. Prometheus scrapes
 * {@code /actuator/prometheus} (ADMIN, like the rest of Actuator but health).
 */
@AutoConfiguration
public class ObservabilityConfiguration {

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContext(tracer, propagator);
    }

    @Bean
    RefreshedGauges refreshedGauges(@Value("${frontdoor.metrics.refresh:10s}") Duration every) {
        return new RefreshedGauges(every);
    }

    @Bean
    ConsumerLag consumerLag(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin, MeterRegistry registry,
                            RefreshedGauges gauges) {
        ConsumerLag lag = new ConsumerLag(listeners, admin, registry);
        gauges.register(lag::refresh);
        return lag;
    }
}
