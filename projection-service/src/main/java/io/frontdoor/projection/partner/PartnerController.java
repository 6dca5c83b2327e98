package io.frontdoor.projection.partner;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.problem.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partner view", description = "A referring agency's own referrals: status and what it was told")
public class PartnerController {

    private static final String AGENCY = "for front-door staff, the referring agency's name as it refers (e.g. Demoshire Police); "
            + "a partner always sees its own agency's, named in its token, whatever is given here";

    private final PartnerReferrals referrals;

    public PartnerController(PartnerReferrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/api/partner/referrals")
    @Operation(summary = "The agency's referrals, newest first")
    public List<PartnerReferral> referrals(@Parameter(description = AGENCY) @RequestParam(required = false) String agency,
                                           @RequestParam(defaultValue = "100") int limit, Actor actor) {
        if (limit < 1 || limit > 1000) {
            throw InvalidSubmissionException.of("limit", "must be between 1 and 1000");
        }
        return referrals.of(AgencyScope.of(actor, agency), limit);
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/api/partner/referrals/{contactId}")
    @Operation(summary = "One of the agency's referrals (404 for another agency's)")
    public PartnerReferral referral(@PathVariable String contactId,
                                    @Parameter(description = AGENCY) @RequestParam(required = false) String agency, Actor actor) {
        return referrals.one(AgencyScope.of(actor, agency), contactId)
                .orElseThrow(() -> new NotFoundException("no referral " + contactId + " from this agency"));
    }
}
