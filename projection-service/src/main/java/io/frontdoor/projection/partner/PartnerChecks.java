package io.frontdoor.projection.partner;

import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.ContactCaseView;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The MASH checks asked of one kind of agency (HEALTH, POLICE...), unanswered first (soonest due first), then the
 * answered ones, newest first. The contacts are found through their clocks (a check is a PARTNER_CHECK clock about the
 * agency); a contact's checks of other agencies are never shown.
 */
@Component
public class PartnerChecks {

    private static final Comparator<PartnerCheck> OPEN_FIRST = Comparator.comparing(PartnerCheck::answered)
            .thenComparing(check -> check.answered() ? null : check.dueAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PartnerCheck::requestedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PartnerChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PartnerCheck> askedOf(String agencyType, int limit) {
        List<ContactCase> contacts = jdbc.query("""
                SELECT state::text FROM contact_case c WHERE EXISTS (
                    SELECT 1 FROM jsonb_each(c.state->'timescales') t
                    WHERE t.value->>'kind' = 'PARTNER_CHECK' AND t.value->>'about' = ?)
                ORDER BY received_at DESC NULLS LAST, id LIMIT ?""",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agencyType, limit);
        Instant now = clock.instant();
        return contacts.stream().flatMap(contact -> PartnerCheck.of(contact, agencyType, now).stream()).sorted(OPEN_FIRST).toList();
    }
}
