package io.frontdoor.projection.partner;

import io.frontdoor.kernel.validation.InvalidSubmissionException;

/**
 * The referring agency a partner user acts for: they see that agency's referrals and no others. Until security lands
 * it comes from a request parameter; then it will come from the token, and nothing else changes.
 */
public record AgencyScope(String agencyName) {

    public AgencyScope {
        if (agencyName == null || agencyName.isBlank()) {
            throw InvalidSubmissionException.of("agency", "is required: a partner sees its own agency's referrals only");
        }
    }
}
