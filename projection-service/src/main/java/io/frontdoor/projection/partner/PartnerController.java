package io.frontdoor.projection.partner;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.platform.problem.RecordWithheldException;
import io.frontdoor.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner view. A partner's agency is the one its token names; another agency's referral answers 404, exactly as
 * one that does not exist (and the attempt is written to the access audit as refused). Every referral shown is written to the access audit: the list shows the same record as the
 * single referral (children's names, what the agency was told), so it is audited the same way.
 */
@RestController
@Tag(name = "Partner view", description = "A referring agency's own referrals: status and what it was told")
public class PartnerController {

    private static final String AGENCY = "for front-door staff, the referring agency's name as it refers (e.g. Demoshire Police); "
            + "a partner always sees its own agency's, named in its token, whatever is given here";

    static final String LIST = "GET /api/partner/referrals";
    static final String CHECKS = "GET /api/partner/checks";

    private final PartnerReferrals referrals;
    private final PartnerChecks checks;
    private final AccessAudit audit;

    public PartnerController(PartnerReferrals referrals, PartnerChecks checks, AccessAudit audit) {
        this.referrals = referrals;
        this.checks = checks;
        this.audit = audit;
    }

    /**
     * The MASH checks asked of the caller's kind of agency (its token's; staff name one), whoever referred the contact:
     * the children named so the agency can search its records. Each contact shown is written to the access audit.
     */
    @GetMapping("/api/partner/checks")
    @Operation(summary = "Partner checks asked of the agency, unanswered first")
    public List<PartnerCheck> checks(@Parameter(description = "for front-door staff, the agency type asked (e.g. HEALTH); "
                                             + "a partner always sees its own agency's") @RequestParam(required = false) String agency,
                                     @RequestParam(defaultValue = "200") int limit, Actor actor) {
        if (limit < 1 || limit > 1000) {
            throw InvalidSubmissionException.of("limit", "must be between 1 and 1000");
        }
        String asked;
        if (actor.isPartnerOnly()) {
            if (actor.agency() == null) {
                throw new org.springframework.security.access.AccessDeniedException("the partner's token names no agency");
            }
            asked = actor.agency().name();
        } else if (agency == null || java.util.Arrays.stream(AgencyType.values()).noneMatch(type -> type.name().equals(agency))) {
            throw InvalidSubmissionException.of("agency", "is required: an agency type such as HEALTH");
        } else {
            asked = agency;
        }
        List<PartnerCheck> shown = checks.askedOf(asked, limit);
        shown.stream().map(PartnerCheck::contactId).distinct()
                .forEach(contactId -> audit.recordRead(actor, RecordType.CONTACT, contactId, CHECKS));
        return shown;
    }

    @GetMapping("/api/partner/referrals")
    @Operation(summary = "The agency's referrals, newest first")
    public List<PartnerReferral> referrals(@Parameter(description = AGENCY) @RequestParam(required = false) String agency,
                                           @RequestParam(defaultValue = "100") int limit, Actor actor) {
        if (limit < 1 || limit > 1000) {
            throw InvalidSubmissionException.of("limit", "must be between 1 and 1000");
        }
        List<PartnerReferral> shown = referrals.of(AgencyScope.of(actor, agency), limit);
        shown.forEach(referral -> audit.recordRead(actor, RecordType.CONTACT, referral.contactId(), LIST));
        return shown;
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/api/partner/referrals/{contactId}")
    @Operation(summary = "One of the agency's referrals (404 for another agency's)")
    public PartnerReferral referral(@PathVariable String contactId,
                                    @Parameter(description = AGENCY) @RequestParam(required = false) String agency, Actor actor) {
        return referrals.one(AgencyScope.of(actor, agency), contactId).orElseThrow(() -> referrals.exists(contactId)
                ? new RecordWithheldException("no referral " + contactId + " from this agency")
                : new NotFoundException("no referral " + contactId + " from this agency"));
    }
}
