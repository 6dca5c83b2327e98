package io.frontdoor.platform.audit;

import io.frontdoor.platform.audit.AccessRecord.Outcome;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's access audit ({@code access_audit}): appended to on every read of a child's record, and every refused
 * attempt at one, queried by the auditor. There is no method to change or remove an entry, and the table's triggers refuse it anyway.
 */
public class AccessAudit {

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
                INSERT INTO access_audit (user_id, user_name, roles, agency, record_type, record_id, endpoint, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                actor.userId(), actor.displayName(),
                actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                actor.agency() == null ? null : actor.agency().name(), recordType.name(), recordId, endpoint, outcome.name());
    }

    public List<AccessRecord> byRecordViewed(String recordId, int limit) {
        return jdbc.query("SELECT * FROM access_audit WHERE record_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                AccessAudit::row, recordId, limit);
    }

    public List<AccessRecord> byUser(String userId, int limit) {
        return jdbc.query("SELECT * FROM access_audit WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT ?",
                AccessAudit::row, userId, limit);
    }

    private static AccessRecord row(ResultSet rs, int i) throws SQLException {
        return new AccessRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("user_id"),
                rs.getString("user_name"), rs.getString("roles"), rs.getString("agency"),
                RecordType.valueOf(rs.getString("record_type")), rs.getString("record_id"), rs.getString("endpoint"),
                Outcome.valueOf(rs.getString("outcome")));
    }
}
