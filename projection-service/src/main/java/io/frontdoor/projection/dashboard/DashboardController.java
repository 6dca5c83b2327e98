package io.frontdoor.projection.dashboard;

import io.frontdoor.projection.contact.LondonTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Manager dashboard", description = "Volumes, timeliness, breaches, overrides, re-contacts, DA triage, escalations, workload")
public class DashboardController {

    private final DashboardQuery query;
    private final Clock clock;

    public DashboardController(DashboardQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @GetMapping("/api/dashboard")
    @Operation(summary = "The dashboard for contacts received in a period (London dates, inclusive), optionally of one pack")
    public Dashboard dashboard(
            @Parameter(description = "first day, e.g. 2026-11-01; default 27 days before to") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day; default today") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "a pack id, e.g. nottingham-city; default all") @RequestParam(required = false) String pack) {
        LocalDate last = to == null ? LondonTime.dateOf(clock.instant()) : to;
        return query.report(new ReportingPeriod(from == null ? last.minusDays(27) : from, last, pack), clock.instant());
    }
}
