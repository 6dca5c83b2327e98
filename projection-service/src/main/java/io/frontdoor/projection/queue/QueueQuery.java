package io.frontdoor.projection.queue;

import io.frontdoor.projection.contact.ContactCaseView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Open contacts, most urgent first: RAG (RED, AMBER, GREEN, none), then least time left to the decision due time. */
@Component
public class QueueQuery {

    private final JdbcTemplate jdbc;

    public QueueQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueueEntry> open(QueueFilter filter, Instant now) {
        return find(filter, now, null);
    }

    /** The entries among {@code contactIds} that are open and pass the filter. */
    public List<QueueEntry> among(Collection<String> contactIds, QueueFilter filter, Instant now) {
        return find(filter, now, contactIds);
    }

    private List<QueueEntry> find(QueueFilter filter, Instant now, Collection<String> contactIds) {
        StringBuilder sql = new StringBuilder("SELECT state::text FROM contact_case WHERE status <> 'CLOSED'");
        List<Object> args = new ArrayList<>();
        if (filter.rag() != null && !filter.rag().isEmpty()) {
            sql.append(" AND coalesce(rag, 'NONE') = ANY (?)");
            args.add(filter.rag().stream().map(code -> code.strip().toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new));
        }
        if (filter.worker() != null) {
            sql.append(" AND allocated_to = ?");
            args.add(filter.worker());
        }
        if (filter.onlyUnallocated()) {
            sql.append(" AND allocated_to IS NULL");
        }
        if (filter.onlyOverdue()) {
            sql.append(" AND due_at < ?");
            args.add(Timestamp.from(now));
        }
        if (filter.pack() != null) {
            sql.append(" AND pack_id = ?");
            args.add(filter.pack());
        }
        if (contactIds != null) {
            sql.append(" AND id = ANY (?)");
            args.add(contactIds.toArray(String[]::new));
        }
        sql.append(" ORDER BY rag_rank DESC, due_at NULLS LAST, received_at NULLS LAST, id");
        return jdbc.query(sql.toString(), (rs, i) -> QueueEntry.of(ContactCaseView.TABLE.read(rs.getString(1)), now), args.toArray());
    }
}
