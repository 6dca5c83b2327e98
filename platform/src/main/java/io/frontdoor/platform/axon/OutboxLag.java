package io.frontdoor.platform.axon;

import io.frontdoor.platform.observability.GaugeRows;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code frontdoor_outbox_lag_events{processor}}: events recorded in the service's event store that a streaming
 * processor has not yet handled — for the publishers ({@code kafka-publisher}, intake's {@code partner-feedback-publisher})
 * that is events not yet sent to Kafka: the store's highest global index less the lowest position among the
 * processor's segment tokens (read from the token table ({@code tokenentry}), so every instance reports the whole processor's lag).
 */
class OutboxLag {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final GaugeRows gauge;

    OutboxLag(JdbcTemplate jdbc, Serializer serializer, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.gauge = new GaugeRows("frontdoor.outbox.lag", "events", "Events recorded but not yet published to Kafka", registry);
    }

    void refresh() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
        Map<String, Long> lowest = new TreeMap<>();
        jdbc.query("SELECT processorname, token, tokentype FROM tokenentry", rs -> {
            lowest.merge(rs.getString("processorname"), position(rs.getBytes("token"), rs.getString("tokentype")), Math::min);
        });
        Map<Tags, Long> rows = new HashMap<>();
        lowest.forEach((processor, position) -> rows.put(Tags.of("processor", processor), Math.max(0, head - position)));
        gauge.set(rows);
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
        return position.orElse(-1);
    }
}
