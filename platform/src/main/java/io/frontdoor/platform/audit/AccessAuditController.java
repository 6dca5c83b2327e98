package io.frontdoor.platform.audit;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's view of this service's access audit: who looked at a person's record, what one user looked at, or
 * every look in a period — alone or combined (a user's looks at one child last week).
 */
@RestController
class AccessAuditController {

    static final int MAX_ENTRIES = 1000;

    private final AccessAudit audit;

    AccessAuditController(AccessAudit audit) {
        this.audit = audit;
    }

    /**
     * {@code personViewed}: a child id (chronology reads) or a contact id (contact and timeline reads); {@code user}: who
     * looked; {@code from} (inclusive) and {@code to} (exclusive): ISO-8601 instants. Newest first.
     */
    @GetMapping("/api/audit/access")
    List<AccessRecord> access(@RequestParam(required = false) String personViewed, @RequestParam(required = false) String user,
                              @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                              @RequestParam(defaultValue = "200") int limit) {
        if (personViewed == null && user == null && from == null && to == null) {
            throw InvalidSubmissionException.of("personViewed", "give personViewed, user, or a period (from, to)");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidSubmissionException.of("to", "must be after from");
        }
        int entries = Math.max(1, Math.min(limit, MAX_ENTRIES));
        return audit.search(blankAsNull(personViewed), blankAsNull(user), from, to, entries);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
