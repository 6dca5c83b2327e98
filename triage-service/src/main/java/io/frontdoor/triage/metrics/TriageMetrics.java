package io.frontdoor.triage.metrics;

import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneOverdue;
import io.frontdoor.triage.triage.TriageEvents.DeadlinePassed;
import io.frontdoor.triage.triage.TriageEvents.DecisionRecorded;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Triage's domain counters, counted once as each event is recorded (a subscribing group: replays and other instances do
 * not count it again): {@code frontdoor_decisions_total{override}} (NONE, UP, DOWN or ROUTES_ONLY against the recommendation,
 * revisions included) and {@code frontdoor_deadlines_passed_total{kind}} (DECISION, PARTNER_CHECK, AUTHORISATION, the
 * feedback clocks, early-help milestones…).
 */
@Component
@ProcessingGroup(TriageMetrics.GROUP)
public class TriageMetrics {

    public static final String GROUP = "metrics";

    private final MeterRegistry registry;

    public TriageMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(DecisionRecorded decision) {
        registry.counter("frontdoor.decisions", "override", decision.overrideDirection() == null ? "NONE" : decision.overrideDirection(),
                "revision", Boolean.toString(decision.revision())).increment();
    }

    @EventHandler
    void on(DeadlinePassed passed) {
        registry.counter("frontdoor.deadlines.passed", "kind", passed.deadline()).increment();
    }

    @EventHandler
    void on(EarlyHelpMilestoneOverdue overdue) {
        registry.counter("frontdoor.deadlines.passed", "kind", overdue.deadline()).increment();
    }
}
