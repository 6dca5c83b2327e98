package io.frontdoor.projection.rebuild;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The record of each rebuild and its progress, in {@code rebuild_run}, readable by any instance. */
@Component
class RebuildRuns {

    private static final RowMapper<RebuildProgress> PROGRESS = (rs, i) -> RebuildProgress.of(rs.getString("id"),
            Arrays.asList(rs.getString("views").split(",")), rs.getString("state"), rs.getLong("events_done"),
            rs.getLong("events_total"), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), rs.getString("error"));

    /** Progress is timed by the wall clock whatever the service's clock says: the rate is a measurement. */
    private final Clock clock = Clock.systemUTC();
    private final JdbcTemplate jdbc;

    RebuildRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void started(String id, List<String> views, long total) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO rebuild_run (id, views, state, events_done, events_total, started_at, updated_at) VALUES (?, ?, 'RUNNING', 0, ?, ?, ?)",
                id, String.join(",", views), total, now, now);
    }

    void progressed(String id, long done) {
        jdbc.update("UPDATE rebuild_run SET events_done = ?, updated_at = ? WHERE id = ?", done, Timestamp.from(clock.instant()), id);
    }

    void finished(String id, long done) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE rebuild_run SET state = 'DONE', events_done = ?, events_total = greatest(events_total, ?), updated_at = ?, finished_at = ? WHERE id = ?",
                done, done, now, now, id);
    }

    void failed(String id, String reason) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE rebuild_run SET state = 'FAILED', error = ?, updated_at = ?, finished_at = ? WHERE id = ?", reason, now, now, id);
    }

    /** Marks rebuilds that stopped reporting progress long ago (their service stopped) as failed; returns their ids. */
    List<String> abandonStale(Duration silence) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForList("""
                UPDATE rebuild_run SET state = 'FAILED', error = 'interrupted: the service stopped during the rebuild', finished_at = ?
                WHERE state = 'RUNNING' AND updated_at < ? RETURNING id""", String.class, now, Timestamp.from(clock.instant().minus(silence)));
    }

    Optional<RebuildProgress> find(String id) {
        return jdbc.query("SELECT * FROM rebuild_run WHERE id = ?", PROGRESS, id).stream().findFirst();
    }

    List<RebuildProgress> recent() {
        return jdbc.query("SELECT * FROM rebuild_run ORDER BY started_at DESC LIMIT 20", PROGRESS);
    }
}
