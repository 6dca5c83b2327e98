package io.frontdoor.projection.timeline;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.ContactCaseView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A contact's timeline from the timeline view and the log, with its timescales from the contacts view, judged at {@code now}. */
@Component
public class TimelineQuery {

    private final JdbcTemplate jdbc;

    public TimelineQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ContactTimeline> of(String contactId, Instant now, Instant asAt) {
        List<TimelineEntry> entries = jdbc.query("""
                SELECT t.seq, e.event_id, t.event_type, t.occurred_at, t.actor, t.summary, e.payload::text
                FROM timeline_entry t JOIN event_log e ON e.seq = t.seq WHERE t.contact_id = ? ORDER BY t.seq""",
                (rs, i) -> new TimelineEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getString(6),
                        TimelineEntries.details(rs.getString(3), EventEnvelopes.JSON.readTree(rs.getString(7)))), contactId);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        ContactCase contact = jdbc.query("SELECT state::text FROM contact_case WHERE id = ?",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), contactId).stream().findFirst().orElse(null);
        List<TimescaleView> timescales = contact == null ? List.of()
                : contact.timescales().stream().map(clock -> TimescaleView.of(clock, now)).toList();
        return Optional.of(new ContactTimeline(contactId, asAt, contact == null ? null : contact.status().name(), entries, timescales));
    }
}
