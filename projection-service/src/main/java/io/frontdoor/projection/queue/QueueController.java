package io.frontdoor.projection.queue;

import io.frontdoor.kernel.event.EventEnvelopes;
import io.frontdoor.kernel.event.triage.ChildSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front door's work queue: open contacts, oldest first. */
@RestController
public class QueueController {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    public record QueueEntry(String contactId, String packId, List<ChildView> children, String referrerAgency,
                             Instant receivedAt, String status, String rag, Instant decisionDueAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public QueueController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/queue")
    public List<QueueEntry> queue() {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        return jdbc.query("""
                SELECT contact_id, pack_id, children, referrer_agency, received_at, status, rag, decision_due_at
                FROM queue_item WHERE status IN ('RECEIVED', 'IN_TRIAGE') ORDER BY received_at, contact_id""",
                (rs, i) -> new QueueEntry(rs.getString("contact_id"), rs.getString("pack_id"),
                        children(rs.getString("children"), today), rs.getString("referrer_agency"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("status"), rs.getString("rag"),
                        rs.getTimestamp("decision_due_at") == null ? null : rs.getTimestamp("decision_due_at").toInstant()));
    }

    private static List<ChildView> children(String json, LocalDate today) {
        return Arrays.stream(EventEnvelopes.JSON.readValue(json, ChildSummary[].class))
                .map(child -> ChildView.of(child, today))
                .toList();
    }
}
