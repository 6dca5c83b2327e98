package io.frontdoor.projection.partner;

import io.frontdoor.kernel.contact.AgencyNames;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.ContactCaseView;
import io.frontdoor.projection.escalation.Escalation;
import io.frontdoor.projection.escalation.EscalationView;
import io.frontdoor.projection.eventlog.EventLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A referring agency's own referrals. Every method takes the agency's scope: there is no way to ask across agencies.
 * The agency's name is compared as {@code Actor.actsFor} compares it ({@link AgencyNames}), through an indexed column.
 */
@Component
public class PartnerReferrals {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PartnerReferrals(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PartnerReferral> of(AgencyScope agency, int limit) {
        List<ContactCase> contacts = jdbc.query("""
                SELECT state::text FROM contact_case WHERE referrer_agency_key = ?
                ORDER BY received_at DESC NULLS LAST, id LIMIT ?""",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agency.key(), limit)
                .stream().filter(contact -> agency.covers(contact.referrerAgency())).toList();
        return shown(contacts);
    }

    /** Empty both when there is no such referral and when it is another agency's: a partner cannot tell which. */
    public Optional<PartnerReferral> one(AgencyScope agency, String contactId) {
        return jdbc.query("SELECT state::text FROM contact_case WHERE referrer_agency_key = ? AND id = ?",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agency.key(), contactId)
                .stream().filter(contact -> agency.covers(contact.referrerAgency())).findFirst()
                .map(contact -> shown(List.of(contact)).get(0));
    }

    /** The referrals with the disagreements raised about them, read in one query. */
    private List<PartnerReferral> shown(List<ContactCase> contacts) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        Map<String, List<Escalation>> escalations = jdbc.query(con -> {
            var select = con.prepareStatement("SELECT state::text FROM escalation WHERE contact_id = ANY (?) ORDER BY raised_at");
            select.setArray(1, EventLog.textArray(con, contacts.stream().map(ContactCase::contactId).toArray(String[]::new)));
            return select;
        }, (rs, i) -> EscalationView.TABLE.read(rs.getString(1))).stream()
                .collect(Collectors.groupingBy(Escalation::contactId));
        Instant now = clock.instant();
        return contacts.stream()
                .map(contact -> PartnerReferral.of(contact, escalations.getOrDefault(contact.contactId(), List.of()), now)).toList();
    }

    /** Whether the contact exists at all, whoever referred it: to record a partner's attempt at another's as refused. */
    public boolean exists(String contactId) {
        return !jdbc.queryForList("SELECT 1 FROM contact_case WHERE id = ?", Integer.class, contactId).isEmpty();
    }
}
