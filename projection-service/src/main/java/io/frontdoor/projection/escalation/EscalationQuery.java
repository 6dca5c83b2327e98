package io.frontdoor.projection.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Disagreements from the escalations view, timed at {@code now}. */
@Component
public class EscalationQuery {

    private final JdbcTemplate jdbc;

    public EscalationQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<EscalationAudit> find(Boolean open, String contactId, Instant now) {
        StringBuilder sql = new StringBuilder("SELECT state::text FROM escalation WHERE true");
        List<Object> args = new ArrayList<>();
        if (open != null) {
            sql.append(" AND open = ?");
            args.add(open);
        }
        if (contactId != null) {
            sql.append(" AND contact_id = ?");
            args.add(contactId);
        }
        sql.append(" ORDER BY raised_at DESC NULLS LAST, id");
        return jdbc.query(sql.toString(), (rs, i) -> EscalationAudit.of(EscalationView.TABLE.read(rs.getString(1)), now), args.toArray());
    }

    public Optional<EscalationAudit> one(String escalationId, Instant now) {
        return jdbc.query("SELECT state::text FROM escalation WHERE id = ?",
                (rs, i) -> EscalationAudit.of(EscalationView.TABLE.read(rs.getString(1)), now), escalationId).stream().findFirst();
    }
}
