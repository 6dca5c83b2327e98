package io.frontdoor.platform.audit;

import io.frontdoor.platform.audit.AccessRecord.Outcome;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The service's access audit ({@code access_audit}): appended to on every read of a child's record, and every refused
 * attempt at one, queried by the auditor. There is no method to change or remove an entry, and the table's triggers refuse it anyway.
 */
public class AccessAudit {

    /** The header in which the web front end names the page a call is made for (e.g. {@code /contacts/abc}). */
    public static final String PAGE_HEADER = "Front-Door-Page";
    static final int PAGE_LENGTH = 300;

    private final JdbcTemplate jdbc;

    public AccessAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For a read that {@link AuditedRead} cannot describe (one answer showing several records): call once per record. */
    public void recordRead(Actor actor, RecordType recordType, String recordId, String endpoint) {
        record(actor, recordType, recordId, endpoint, Outcome.ALLOWED);
    }

    /** An attempt to read a record that was refused (403, or another agency's record answered as not found). */
    public void recordRefused(Actor actor, RecordType recordType, String recordId, String endpoint) {
        record(actor, recordType, recordId, endpoint, Outcome.REFUSED);
    }

    private void record(Actor actor, RecordType recordType, String recordId, String endpoint, Outcome outcome) {
        jdbc.update("""
                INSERT INTO access_audit (user_id, user_name, roles, agency, record_type, record_id, endpoint, outcome, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                actor.userId(), actor.displayName(),
                actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                actor.agency() == null ? null : actor.agency().name(), recordType.name(), recordId, endpoint, outcome.name(),
                currentPage());
    }

    /** One read that shows many records (a return's rows): one entry per record, written in batches. */
    public void recordReads(Actor actor, RecordType recordType, Collection<String> recordIds, String endpoint) {
        String roles = actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        String agency = actor.agency() == null ? null : actor.agency().name();
        String page = currentPage();
        jdbc.batchUpdate("""
                INSERT INTO access_audit (user_id, user_name, roles, agency, record_type, record_id, endpoint, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", List.copyOf(recordIds), 1000, (statement, recordId) -> {
            statement.setString(1, actor.userId());
            statement.setString(2, actor.displayName());
            statement.setString(3, roles);
            statement.setString(4, agency);
            statement.setString(5, recordType.name());
            statement.setString(6, recordId);
            statement.setString(7, endpoint);
            statement.setString(8, page);
        });
    }

    /**
     * The auditor's search: entries about one record and/or by one user, within a period (either end may be open),
     * newest first. At least one of the three must be given (the controller insists).
     */
    public List<AccessRecord> search(String recordId, String userId, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM access_audit WHERE true");
        List<Object> args = new ArrayList<>();
        if (recordId != null) {
            sql.append(" AND record_id = ?");
            args.add(recordId);
        }
        if (userId != null) {
            sql.append(" AND user_id = ?");
            args.add(userId);
        }
        if (from != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), AccessAudit::row, args.toArray());
    }

    /** The page the front end named for this call, if the call came through it (the header is absent otherwise). */
    private static String currentPage() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        String page = attributes.getRequest().getHeader(PAGE_HEADER);
        if (page == null || page.isBlank()) {
            return null;
        }
        return page.length() > PAGE_LENGTH ? page.substring(0, PAGE_LENGTH) : page;
    }

    private static AccessRecord row(ResultSet rs, int i) throws SQLException {
        return new AccessRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("user_id"),
                rs.getString("user_name"), rs.getString("roles"), rs.getString("agency"),
                RecordType.valueOf(rs.getString("record_type")), rs.getString("record_id"), rs.getString("endpoint"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("page"));
    }
}
