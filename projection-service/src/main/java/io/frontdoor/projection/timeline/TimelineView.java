package io.frontdoor.projection.timeline;

import io.frontdoor.kernel.event.EventEnvelopes;
import io.frontdoor.projection.eventlog.EventLog;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.View;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code timeline} view: every event of a contact as a line of its history, written in one statement per batch. */
@Component
public class TimelineView implements View {

    private static final String INSERT = """
            INSERT INTO timeline_entry (contact_id, seq, event_id, event_type, occurred_at, actor, summary, details)
            SELECT u.contact_id, u.seq::bigint, u.event_id, u.event_type, u.occurred_at::timestamptz, u.actor, u.summary, u.details::jsonb
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS u(contact_id, seq, event_id, event_type, occurred_at, actor, summary, details)
            ON CONFLICT (contact_id, seq) DO NOTHING""";

    private record Line(String contactId, TimelineEntry entry) {
    }

    private static final List<Function<Line, String>> COLUMNS = List.of(Line::contactId, l -> Long.toString(l.entry().seq()),
            l -> l.entry().eventId(), l -> l.entry().type(), l -> l.entry().occurredAt().toString(), l -> l.entry().actor(),
            l -> l.entry().summary(), l -> EventEnvelopes.JSON.writeValueAsString(l.entry().details()));

    private final JdbcTemplate jdbc;

    public TimelineView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public List<String> tables() {
        return List.of("timeline_entry");
    }

    @Override
    public void apply(List<LoggedEvent> events) {
        List<Line> lines = events.stream().map(e -> new Line(e.contactId(), TimelineEntries.render(e))).toList();
        jdbc.execute((Connection con) -> {
            try (var insert = con.prepareStatement(INSERT)) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    insert.setArray(c + 1, EventLog.textArray(con, lines.stream().map(COLUMNS.get(c)).toArray(String[]::new)));
                }
                return insert.executeUpdate();
            }
        });
    }
}
