package io.frontdoor.platform.security;

import io.frontdoor.kernel.contact.AgencyNames;
import io.frontdoor.kernel.contact.AgencyType;
import java.util.Set;

/**
 * Who is asking, as the token says: the user (or partner system) id that commands record, a name to show, the roles,
 * and for a partner its agency. Commands take their actor from here, never from the request body.
 */
public record Actor(String userId, String displayName, Set<Role> roles, AgencyType agency, String agencyName) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A partner with no role inside the front door: it sees and refers for its own agency only. */
    public boolean isPartnerOnly() {
        return has(Role.PARTNER_REFERRER) && roles.stream().noneMatch(Role.CASE_READERS::contains);
    }

    /**
     * Whether this actor may refer for, or see a referral from, the given agency: a partner only for its own, the same
     * kind and the same name (ignoring case and outer spaces), so one school never acts for another.
     */
    public boolean actsFor(AgencyType recordAgency, String recordAgencyName) {
        return !isPartnerOnly() || (agency != null && agency == recordAgency && AgencyNames.same(agencyName, recordAgencyName));
    }
}
