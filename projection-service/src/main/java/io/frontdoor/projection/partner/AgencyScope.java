package io.frontdoor.projection.partner;

import io.frontdoor.kernel.contact.AgencyNames;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.platform.security.Actor;
import org.springframework.security.access.AccessDeniedException;

/**
 * The referring agency whose referrals are shown: its type and name. A partner's comes from its token and nothing in
 * the request can widen it; someone inside the front door names the agency whose view they want to see.
 */
public record AgencyScope(String agencyType, String agencyName) {

    public AgencyScope {
        if (agencyName == null || agencyName.isBlank()) {
            throw InvalidSubmissionException.of("agency", "is required: the view shows one agency's referrals");
        }
    }

    /** @param requested the agency named in the request: ignored for a partner, required for anyone else */
    static AgencyScope of(Actor actor, String requested) {
        if (!actor.isPartnerOnly()) {
            return new AgencyScope(null, requested);
        }
        if (actor.agency() == null || actor.agencyName() == null) {
            throw new AccessDeniedException("the partner's token names no agency");
        }
        return new AgencyScope(actor.agency().name(), actor.agencyName());
    }

    /** The name as referrals are indexed by it: ignoring case and outer spaces, as {@code Actor.actsFor} compares. */
    String key() {
        return AgencyNames.normalise(agencyName);
    }

    boolean covers(String referrerAgencyType) {
        return agencyType == null || agencyType.equals(referrerAgencyType);
    }
}
