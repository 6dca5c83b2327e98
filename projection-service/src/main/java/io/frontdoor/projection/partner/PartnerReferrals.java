package io.frontdoor.projection.partner;

import io.frontdoor.projection.contact.ContactCaseView;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A referring agency's own referrals. Every method takes the agency's scope: there is no way to ask across agencies. */
@Component
public class PartnerReferrals {

    private final JdbcTemplate jdbc;

    public PartnerReferrals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PartnerReferral> of(AgencyScope agency, int limit) {
        return jdbc.query("""
                SELECT state::text FROM contact_case WHERE referrer_agency_name = ?
                ORDER BY received_at DESC NULLS LAST, id LIMIT ?""",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agency.agencyName(), limit)
                .stream().filter(contact -> agency.covers(contact.referrerAgency())).map(PartnerReferral::of).toList();
    }

    /** Empty both when there is no such referral and when it is another agency's: a partner cannot tell which. */
    public Optional<PartnerReferral> one(AgencyScope agency, String contactId) {
        return jdbc.query("SELECT state::text FROM contact_case WHERE referrer_agency_name = ? AND id = ?",
                (rs, i) -> ContactCaseView.TABLE.read(rs.getString(1)), agency.agencyName(), contactId)
                .stream().filter(contact -> agency.covers(contact.referrerAgency())).map(PartnerReferral::of).findFirst();
    }
}
