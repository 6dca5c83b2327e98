package io.frontdoor.projection.metrics;

import io.frontdoor.platform.observability.GaugeRows;
import io.frontdoor.platform.observability.RefreshedGauges;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side's gauges, from its own tables (so every instance reports the same figures):
 * {@code frontdoor_timescales{kind,outcome}} — each contact clock that was MET (done by its due time) or MISSED (done
 * late, declared missed by triage, or overdue and not done), and the latest rebuild's progress:
 * {@code frontdoor_rebuild_events_done}, {@code frontdoor_rebuild_events_expected}, {@code frontdoor_rebuild_running}.
 */
@Component
class ProjectionMetrics {

    private static final String TIMESCALES = """
            SELECT t.value->>'kind' AS kind,
                   count(*) FILTER (WHERE v.done IS NOT NULL AND v.due IS NOT NULL AND v.done <= v.due) AS met,
                   count(*) FILTER (WHERE (v.done IS NOT NULL AND v.due IS NOT NULL AND v.done > v.due)
                                       OR (v.done IS NULL AND (v.breached OR v.due < now()))) AS missed
            FROM contact_case c, jsonb_each(c.state->'timescales') t,
                 LATERAL (SELECT (t.value->>'doneAt')::timestamptz AS done, (t.value->>'dueAt')::timestamptz AS due,
                                 coalesce((t.value->>'breached')::boolean, false) AS breached) v
            GROUP BY 1""";

    private final JdbcTemplate jdbc;
    private final GaugeRows timescales;
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private final AtomicLong rebuildRunning = new AtomicLong();

    ProjectionMetrics(JdbcTemplate jdbc, MeterRegistry registry, RefreshedGauges gauges) {
        this.jdbc = jdbc;
        this.timescales = new GaugeRows("frontdoor.timescales", null,
                "Contact timescales met or missed, by kind (from the contacts view)", registry);
        Gauge.builder("frontdoor.rebuild.events.done", rebuildDone, AtomicLong::get)
                .description("Events the latest view rebuild has applied").register(registry);
        Gauge.builder("frontdoor.rebuild.events.expected", rebuildTotal, AtomicLong::get)
                .description("Events in the log when the latest view rebuild started").register(registry);
        Gauge.builder("frontdoor.rebuild.running", rebuildRunning, AtomicLong::get)
                .description("1 while a view rebuild runs on any instance").register(registry);
        gauges.register(this::refresh);
    }

    void refresh() {
        Map<Tags, Long> rows = new HashMap<>();
        jdbc.query(TIMESCALES, rs -> {
            rows.put(Tags.of("kind", rs.getString("kind"), "outcome", "MET"), rs.getLong("met"));
            rows.put(Tags.of("kind", rs.getString("kind"), "outcome", "MISSED"), rs.getLong("missed"));
        });
        timescales.set(rows);
        jdbc.query("SELECT state, events_done, events_total FROM rebuild_run ORDER BY started_at DESC LIMIT 1", rs -> {
            rebuildDone.set(rs.getLong("events_done"));
            rebuildTotal.set(rs.getLong("events_total"));
            rebuildRunning.set("RUNNING".equals(rs.getString("state")) ? 1 : 0);
        });
    }
}
