package io.frontdoor.projection.review;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.projection.contact.LondonTime;
import io.frontdoor.projection.dashboard.ReportingPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions under review, for managers and auditors: overrides with their authorisation, and returned decisions, of
 * the contacts received in a period (days in Europe/London). Each contact shown is written to the access audit.
 */
@RestController
@Tag(name = "Decisions under review", description = "Overrides and their authorisation, and returned decisions")
public class ReviewController {

    static final String ENDPOINT = "GET /api/decisions/under-review";

    private final DecisionsUnderReview decisions;
    private final AccessAudit audit;

    public ReviewController(DecisionsUnderReview decisions, AccessAudit audit) {
        this.decisions = decisions;
        this.audit = audit;
    }

    @GetMapping("/api/decisions/under-review")
    @Operation(summary = "Overridden and returned decisions of the contacts received from..to (inclusive days)")
    public List<DecisionUnderReview> underReview(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(defaultValue = "200") int limit, Actor actor) {
        if (limit < 1 || limit > 1000) {
            throw InvalidSubmissionException.of("limit", "must be between 1 and 1000");
        }
        new ReportingPeriod(from, to, null); // refuses a period that ends before it starts
        List<DecisionUnderReview> shown = decisions.in(LondonTime.startOf(from), LondonTime.startOf(to.plusDays(1)), limit);
        shown.forEach(decision -> audit.recordRead(actor, RecordType.CONTACT, decision.contactId(), ENDPOINT));
        return shown;
    }
}
