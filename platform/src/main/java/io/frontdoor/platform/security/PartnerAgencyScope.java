package io.frontdoor.platform.security;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.platform.problem.RecordWithheldException;
import org.springframework.security.access.AccessDeniedException;

/** A partner referrer acts only for its own agency; everyone inside the front door acts for any. */
public final class PartnerAgencyScope {

    private PartnerAgencyScope() {
    }

    /** A referral declares its referrer's agency: a partner may declare only its own (403 otherwise). */
    public static void requireMayReferFor(Actor actor, AgencyType declared, String declaredName) {
        if (declared != null && !actor.actsFor(declared, declaredName)) {
            throw new AccessDeniedException("a partner may refer only for its own agency ("
                    + (actor.agency() == null ? "none in the token" : actor.agency() + " " + actor.agencyName()) + "), not "
                    + declared + " " + declaredName);
        }
    }

    /**
     * Another agency's referral is answered exactly as one that does not exist (404), so a partner learns nothing by
     * trying ids or guessing references; the access audit records the attempt as refused.
     */
    public static void requireMaySee(Actor actor, AgencyType recordAgency, String recordAgencyName, String recordId) {
        if (!actor.actsFor(recordAgency, recordAgencyName)) {
            throw new RecordWithheldException("no record with id " + recordId);
        }
    }
}
