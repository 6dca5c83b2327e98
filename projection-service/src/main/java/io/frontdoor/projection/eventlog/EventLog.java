package io.frontdoor.projection.eventlog;

import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projection's append-only copy of both topics. Appends are serialised by a table lock, so {@code seq} order is
 * commit order and a reader (a rebuild) never sees a later event before an earlier one has committed.
 */
@Component
public class EventLog {

    private static final String APPEND = """
            INSERT INTO event_log (event_id, event_type, schema_version, contact_id, occurred_at, topic, payload)
            SELECT u.event_id, u.event_type, u.schema_version::int, u.contact_id, u.occurred_at::timestamptz, u.topic, u.payload::jsonb
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                 AS u(event_id, event_type, schema_version, contact_id, occurred_at, topic, payload, ord)
            ORDER BY u.ord
            ON CONFLICT (event_id) DO NOTHING
            RETURNING seq, event_id""";

    private static final String COLUMNS = "seq, event_id, event_type, schema_version, contact_id, occurred_at, payload::text";

    private final JdbcTemplate jdbc;

    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs the events not logged before, in the given order; returns those, with their place in the log. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LoggedEvent> append(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        jdbc.execute("LOCK TABLE event_log IN SHARE ROW EXCLUSIVE MODE");
        Map<String, IncomingEvent> byId = new HashMap<>();
        events.forEach(e -> byId.putIfAbsent(e.envelope().eventId(), e));
        List<LoggedEvent> logged = jdbc.execute((Connection connection) -> {
            try (var insert = connection.prepareStatement(APPEND)) {
                bind(insert, connection, events);
                List<LoggedEvent> fresh = new ArrayList<>();
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        IncomingEvent event = byId.get(rows.getString(2));
                        fresh.add(new LoggedEvent(rows.getLong(1), event.envelope(), event.payload()));
                    }
                }
                return fresh;
            }
        });
        logged.sort(Comparator.comparingLong(LoggedEvent::seq));
        return logged;
    }

    private static void bind(PreparedStatement insert, Connection connection, List<IncomingEvent> events) throws SQLException {
        List<Function<IncomingEvent, String>> columns = List.of(e -> e.envelope().eventId(), e -> e.envelope().eventType(),
                e -> Integer.toString(e.envelope().schemaVersion()), e -> e.envelope().contactId(),
                e -> e.envelope().occurredAt().toString(), IncomingEvent::topic,
                e -> EventEnvelopes.JSON.writeValueAsString(e.envelope().payload()));
        for (int c = 0; c < columns.size(); c++) {
            insert.setArray(c + 1, textArray(connection, events.stream().map(columns.get(c)).toArray(String[]::new)));
        }
    }

    public static Array textArray(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    /** Up to {@code limit} events after {@code afterSeq}, in log order. */
    public List<LoggedEvent> readAfter(long afterSeq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_log WHERE seq > ? ORDER BY seq LIMIT ?", LOGGED, afterSeq, limit);
    }

    /**
     * Up to {@code limit} events after {@code afterSeq} that had occurred by {@code asAt}, in log order, for the contacts
     * {@code contacts} selects: a SQL condition on {@code contact_id} with its arguments.
     */
    public List<LoggedEvent> readAsAt(Instant asAt, ContactSelection contacts, long afterSeq, int limit) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(asAt), afterSeq));
        args.addAll(contacts.arguments());
        args.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM event_log WHERE occurred_at <= ? AND seq > ? AND " + contacts.condition()
                + " ORDER BY seq LIMIT ?", LOGGED, args.toArray());
    }

    public long lastSeq() {
        return jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM event_log", Long.class);
    }

    public long countAfter(long afterSeq) {
        return jdbc.queryForObject("SELECT count(*) FROM event_log WHERE seq > ?", Long.class, afterSeq);
    }

    private static final RowMapper<LoggedEvent> LOGGED = (rs, i) -> LoggedEvent.of(rs.getLong("seq"),
            new EventEnvelope(rs.getString("event_id"), rs.getString("event_type"), rs.getInt("schema_version"),
                    rs.getString("contact_id"), rs.getTimestamp("occurred_at").toInstant(),
                    EventEnvelopes.JSON.readTree(rs.getString("payload"))));

    /** Which contacts' events to read: a condition on {@code contact_id}. */
    public record ContactSelection(String condition, List<Object> arguments) {

        public static ContactSelection one(String contactId) {
            return new ContactSelection("contact_id = ?", List.of(contactId));
        }

        /** The contacts that had not been closed by {@code asAt}. */
        public static ContactSelection openAt(Instant asAt) {
            return new ContactSelection("""
                    contact_id IN (SELECT contact_id FROM event_log WHERE occurred_at <= ? GROUP BY contact_id
                                   HAVING NOT bool_or(event_type = '%s'))""".formatted(TriageClosedV1.TYPE),
                    List.of(Timestamp.from(asAt)));
        }
    }
}
