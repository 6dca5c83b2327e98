package io.frontdoor.platform.audit;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's view of this service's access audit: who looked at a person's record, or what one user looked at. */
@RestController
class AccessAuditController {

    static final int MAX_ENTRIES = 1000;

    private final AccessAudit audit;

    AccessAuditController(AccessAudit audit) {
        this.audit = audit;
    }

    /** {@code personViewed}: a child id (chronology reads) or a contact id (contact and timeline reads). Newest first. */
    @GetMapping("/api/audit/access")
    List<AccessRecord> access(@RequestParam(required = false) String personViewed, @RequestParam(required = false) String user,
                              @RequestParam(defaultValue = "200") int limit) {
        if ((personViewed == null) == (user == null)) {
            throw InvalidSubmissionException.of("personViewed", "give either personViewed or user");
        }
        int entries = Math.max(1, Math.min(limit, MAX_ENTRIES));
        return personViewed != null ? audit.byRecordViewed(personViewed, entries) : audit.byUser(user, entries);
    }
}
