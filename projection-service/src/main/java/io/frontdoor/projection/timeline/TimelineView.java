package io.frontdoor.projection.timeline;

import io.frontdoor.projection.eventlog.EventLog;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.View;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code timeline} view: every event of a contact as a line of its history (who, and what in one sentence), written
 * in one statement per batch. The details are the logged payload itself, read with the line.
 */
@Component
public class TimelineView implements View {

    private static final String INSERT = """
            INSERT INTO timeline_entry (contact_id, seq, event_type, occurred_at, actor, summary)
            SELECT u.contact_id, u.seq::bigint, u.event_type, u.occurred_at::timestamptz, u.actor, u.summary
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS u(contact_id, seq, event_type, occurred_at, actor, summary)
            ON CONFLICT (contact_id, seq) DO NOTHING""";

    private static final List<Function<LoggedEvent, String>> COLUMNS = List.of(LoggedEvent::contactId, e -> Long.toString(e.seq()),
            LoggedEvent::type, e -> e.occurredAt().toString(), TimelineEntries::actor, TimelineEntries::summary);

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
        jdbc.execute((Connection con) -> {
            try (var insert = con.prepareStatement(INSERT)) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    insert.setArray(c + 1, EventLog.textArray(con, events.stream().map(COLUMNS.get(c)).toArray(String[]::new)));
                }
                return insert.executeUpdate();
            }
        });
    }
}
