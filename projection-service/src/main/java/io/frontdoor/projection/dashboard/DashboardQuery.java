package io.frontdoor.projection.dashboard;

import io.frontdoor.projection.contact.LondonTime;
import io.frontdoor.projection.contact.ContactClock;
import io.frontdoor.projection.dashboard.Dashboard.OpenEscalations;
import io.frontdoor.projection.dashboard.Dashboard.Overrides;
import io.frontdoor.projection.dashboard.Dashboard.Recontacts;
import io.frontdoor.projection.dashboard.Dashboard.Timings;
import io.frontdoor.projection.dashboard.Dashboard.Workload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The manager dashboard, computed in PostgreSQL from the contacts, chronology, escalations and da-triage views. */
@Component
public class DashboardQuery {

    private static final String CLOCKS = """
            SELECT t.key AS kind, (t.value->>'startedAt')::timestamptz AS started, (t.value->>'dueAt')::timestamptz AS due,
                   (t.value->>'doneAt')::timestamptz AS done, (t.value->>'breached')::boolean AS breached
            FROM contact_case c, jsonb_each(c.state->'timescales') t WHERE %s""";

    /**
     * Each child of each contact with its own standing decision (null while undecided); a decision recorded before
     * decisions were per child is every child's.
     */
    private static final String CHILDREN = """
            contact_case c CROSS JOIN LATERAL (
                SELECT CASE WHEN jsonb_typeof(c.state->'decision') <> 'object' THEN NULL
                            WHEN jsonb_array_length(coalesce(c.state->'decision'->'children', '[]'::jsonb)) = 0 THEN c.state->'decision'
                            ELSE c.state->'decision'->'children'->(i - 1)::int END AS child
                FROM generate_series(1, greatest(jsonb_array_length(coalesce(c.state->'children', '[]'::jsonb)), 1)) AS i) ch""";

    private final JdbcTemplate jdbc;

    public DashboardQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Dashboard report(ReportingPeriod period, Instant now) {
        Map<String, Timings> timings = timings(period, now);
        Map<String, Long> overrides = counts("coalesce(c.state->'decision'->>'overrideDirection', 'NONE')",
                "contact_case c", period, " AND jsonb_typeof(c.state->'decision') = 'object'");
        long decisions = overrides.values().stream().mapToLong(Long::longValue).sum();
        long overridden = decisions - overrides.getOrDefault("NONE", 0L);
        overrides.remove("NONE");
        return new Dashboard(period.from(), period.to(), period.pack(), now,
                one("SELECT count(*) FROM contact_case c WHERE " + period.contacts("c"), period.arguments()),
                one("SELECT coalesce(sum(jsonb_array_length(c.state->'children')), 0) FROM contact_case c WHERE " + period.contacts("c")
                        + " AND jsonb_typeof(c.state->'children') = 'array'", period.arguments()),
                counts("coalesce(ch.child->'level'->>'code', 'UNDECIDED')", CHILDREN, period, ""),
                counts("r.route", CHILDREN + ", jsonb_array_elements_text(ch.child->'routes') AS r(route)", period, ""),
                counts("coalesce(c.state->>'referrerAgency', 'UNKNOWN')", "contact_case c", period, ""),
                counts("coalesce(c.rag, 'NONE')", "contact_case c", period, ""),
                counts("coalesce(c.state->'decision'->'level'->>'code', 'UNDECIDED')", "contact_case c", period, ""),
                counts("r.route", "contact_case c, jsonb_array_elements_text(c.state->'decision'->'routes') AS r(route)", period,
                        " AND jsonb_typeof(c.state->'decision') = 'object'"),
                timings.get(ContactClock.DECISION), timings.get(ContactClock.FEEDBACK_NOT_ACCEPTED), timings.get(ContactClock.OUTCOME_TO_REFERRER),
                counts("t.key", "contact_case c, jsonb_each(c.state->'timescales') t", period,
                        " AND (t.value->>'breached')::boolean"),
                new Overrides(decisions, overridden, overrides),
                one("SELECT count(*) FROM contact_case c WHERE c.status = 'AWAITING_AUTHORISATION' AND " + period.packOnly("c"),
                        period.packArguments()),
                recontacts(period), daTriageWeeks(period), openEscalations(period), workload(period, now));
    }

    private Map<String, Timings> timings(ReportingPeriod period, Instant now) {
        List<Object> args = new ArrayList<>(period.arguments());
        args.add(Timestamp.from(now));
        Map<String, Timings> timings = new LinkedHashMap<>();
        jdbc.query("""
                WITH clocks AS (%s)
                SELECT kind, count(done),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM done - started) / 3600),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM done - started) / 3600),
                       count(*) FILTER (WHERE due IS NOT NULL AND (done IS NOT NULL OR due < ? OR breached)),
                       count(*) FILTER (WHERE done <= due)
                FROM clocks GROUP BY kind""".formatted(CLOCKS.formatted(period.contacts("c")
                        + " AND t.key IN ('DECISION', 'FEEDBACK_NOT_ACCEPTED', 'OUTCOME_TO_REFERRER')")),
                rs -> {
                    long judged = rs.getLong(5);
                    long within = rs.getLong(6);
                    timings.put(rs.getString(1), new Timings(rs.getLong(2), (Double) rs.getObject(3), (Double) rs.getObject(4),
                            judged, within, judged == 0 ? null : (double) within / judged));
                }, args.toArray());
        for (String kind : List.of(ContactClock.DECISION, ContactClock.FEEDBACK_NOT_ACCEPTED, ContactClock.OUTCOME_TO_REFERRER)) {
            timings.putIfAbsent(kind, new Timings(0, null, null, 0, 0, null));
        }
        return timings;
    }

    private Recontacts recontacts(ReportingPeriod period) {
        return jdbc.queryForObject("""
                SELECT count(*), count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM child_link l
                    JOIN child_link earlier ON earlier.child_id = l.child_id AND earlier.linked AND earlier.contact_id <> l.contact_id
                    JOIN contact_case e ON e.id = earlier.contact_id
                    WHERE l.contact_id = c.id AND l.linked
                      AND e.received_at < c.received_at AND e.received_at >= c.received_at - interval '365 days'))
                FROM contact_case c WHERE %s""".formatted(period.contacts("c")),
                (rs, i) -> new Recontacts(rs.getLong(1), rs.getLong(2), rs.getLong(1) == 0 ? null : (double) rs.getLong(2) / rs.getLong(1)),
                period.arguments().toArray());
    }

    private List<DaTriageWeek> daTriageWeeks(ReportingPeriod period) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(LondonTime.startOf(period.to().plusDays(1))),
                Timestamp.from(LondonTime.startOf(period.from()))));
        args.addAll(period.packArguments());
        List<DaTriageItem> items = jdbc.query("""
                SELECT d.state::text FROM da_triage_item d LEFT JOIN contact_case c ON c.id = d.id
                WHERE d.first_meeting_at < ? AND d.last_meeting_at >= ? AND %s""".formatted(period.packOnly("c")),
                (rs, i) -> DaTriageView.TABLE.read(rs.getString(1)), args.toArray());
        return DaTriageWeek.of(items, period.from(), period.to().plusDays(1));
    }

    private List<OpenEscalations> openEscalations(ReportingPeriod period) {
        return jdbc.query("""
                SELECT e.current_stage, e.state->'stages'->-1->>'role', count(*)
                FROM escalation e LEFT JOIN contact_case c ON c.id = e.contact_id
                WHERE e.open AND %s GROUP BY 1, 2 ORDER BY 1, 2""".formatted(period.packOnly("c")),
                (rs, i) -> new OpenEscalations(rs.getInt(1), rs.getString(2), rs.getLong(3)), period.packArguments().toArray());
    }

    private List<Workload> workload(ReportingPeriod period, Instant now) {
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(now)));
        args.addAll(period.packArguments());
        return jdbc.query("""
                SELECT c.allocated_to, count(*), count(c.due_at), count(*) FILTER (WHERE c.due_at < ?),
                       count(*) FILTER (WHERE c.rag = 'RED')
                FROM contact_case c WHERE c.status <> 'CLOSED' AND %s
                GROUP BY 1 ORDER BY 1 NULLS FIRST""".formatted(period.packOnly("c")),
                (rs, i) -> new Workload(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)), args.toArray());
    }

    private Map<String, Long> counts(String key, String from, ReportingPeriod period, String andAlso) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT " + key + ", count(*) FROM " + from + " WHERE " + period.contacts("c") + andAlso
                        + " GROUP BY 1 ORDER BY 2 DESC, 1",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, period.arguments().toArray());
        return counts;
    }

    private long one(String sql, List<Object> args) {
        return jdbc.queryForObject(sql, Long.class, args.toArray());
    }
}
