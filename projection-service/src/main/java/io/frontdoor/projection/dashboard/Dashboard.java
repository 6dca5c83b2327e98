package io.frontdoor.projection.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A manager's view of a period (contacts received from {@code from} to {@code to} inclusive, London dates) and pack.
 * Authorisations pending, open escalations and workload are as they stand now.
 * <p>
 * The unit of each figure: {@code contacts}, {@code byReferrerAgency}, {@code byRag}, {@code byLevel}, {@code byRoute},
 * timings, breaches, overrides and re-contacts count <em>contacts</em> (a contact's level is its highest child's, its
 * routes every child's); {@code children}, {@code childrenByLevel} and {@code childrenByRoute} count <em>children</em>, one
 * per child per contact as national returns do (Annex A List 1), by each child's own decision.
 */
public record Dashboard(LocalDate from, LocalDate to, String pack, Instant generatedAt, long contacts, long children,
                        Map<String, Long> childrenByLevel, Map<String, Long> childrenByRoute,
                        Map<String, Long> byReferrerAgency, Map<String, Long> byRag, Map<String, Long> byLevel,
                        Map<String, Long> byRoute, Timings decision, Timings notAcceptedFeedback, Timings outcomeToReferrer,
                        Map<String, Long> breaches, Overrides overrides, long authorisationsPending, Recontacts recontacts,
                        List<DaTriageWeek> daTriageWeeks, List<OpenEscalations> openEscalations, List<Workload> workload) {

    /**
     * How long a step took from its clock's start, in hours, and the share done within its timescale among those whose
     * outcome is known (done, or past due).
     */
    public record Timings(long done, Double medianHours, Double p90Hours, long judged, long withinTimescale,
                          Double shareWithinTimescale) {
    }

    /** Decisions that differ from the recommendation, by direction (UP, DOWN, ROUTES_ONLY). */
    public record Overrides(long decisions, long overridden, Map<String, Long> byDirection) {
    }

    /** Contacts about a child who had another contact in the 12 months before. */
    public record Recontacts(long contacts, long recontacts, Double rate) {
    }

    public record OpenEscalations(int stage, String role, long open) {
    }

    /** A worker's open contacts ({@code worker} null: unallocated). */
    public record Workload(String worker, long open, long awaitingDecision, long overdue, long red) {
    }
}
