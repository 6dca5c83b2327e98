package io.frontdoor.projection.partner;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.problem.NotFoundException;
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

    private final PartnerReferrals referrals;
    private final AccessAudit audit;

    public PartnerController(PartnerReferrals referrals, AccessAudit audit) {
        this.referrals = referrals;
        this.audit = audit;
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
