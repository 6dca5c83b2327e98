package io.frontdoor.projection.review;

import io.frontdoor.projection.contact.ContactCaseView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Contacts received in a period whose decisions overrode the recommendation or were returned, newest first. */
@Component
public class DecisionsUnderReview {

    private final JdbcTemplate jdbc;

    public DecisionsUnderReview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DecisionUnderReview> in(Instant from, Instant to, int limit) {
        return jdbc.query("""
                SELECT state::text FROM contact_case WHERE received_at >= ? AND received_at < ?
                AND jsonb_array_length(coalesce(state->'decisions', '[]'::jsonb)) > 0
                ORDER BY received_at DESC, id""", (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)),
                        Timestamp.from(from), Timestamp.from(to))
                .stream().map(contact -> {
                    List<String> reasons = DecisionUnderReview.reasons(contact);
                    return reasons.isEmpty() ? null : DecisionUnderReview.of(contact, reasons);
                }).filter(Objects::nonNull).limit(limit).toList();
    }
}
