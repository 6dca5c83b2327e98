package io.frontdoor.projection.partner;

import io.frontdoor.kernel.contact.AgencyNames;
import io.frontdoor.projection.contact.ContactCaseView;
import java.util.List;
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

    public PartnerReferrals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PartnerReferral> of(AgencyScope agency, int limit) {
        return jdbc.query("""
                SELECT state::text FROM contact_case WHERE referrer_agency_key = ?
                ORDER BY received_at DESC NULLS LAST, id LIMIT ?""",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agency.key(), limit)
                .stream().filter(contact -> agency.covers(contact.referrerAgency())).map(PartnerReferral::of).toList();
    }

    /** Empty both when there is no such referral and when it is another agency's: a partner cannot tell which. */
    public Optional<PartnerReferral> one(AgencyScope agency, String contactId) {
        return jdbc.query("SELECT state::text FROM contact_case WHERE referrer_agency_key = ? AND id = ?",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agency.key(), contactId)
                .stream().filter(contact -> agency.covers(contact.referrerAgency())).map(PartnerReferral::of).findFirst();
    }

    /** Whether the contact exists at all, whoever referred it: to record a partner's attempt at another's as refused. */
    public boolean exists(String contactId) {
        return !jdbc.queryForList("SELECT 1 FROM contact_case WHERE id = ?", Integer.class, contactId).isEmpty();
    }
}
