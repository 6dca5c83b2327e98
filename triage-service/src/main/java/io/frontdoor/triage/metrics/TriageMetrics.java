package io.frontdoor.triage.metrics;

import io.frontdoor.triage.triage.DecisionPolicy;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneOverdue;
import io.frontdoor.triage.triage.TriageEvents.DeadlinePassed;
import io.frontdoor.triage.triage.TriageEvents.DecisionRecorded;
import io.micrometer.core.instrument.Counter;
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
        // every direction reads 0 until it happens, so a rate over it is defined from the start
        for (DecisionPolicy.Override direction : DecisionPolicy.Override.values()) {
            for (boolean revision : new boolean[] {false, true}) {
                decisions(direction.name(), revision);
            }
        }
    }

    private Counter decisions(String direction, boolean revision) {
        return registry.counter("frontdoor.decisions", "override", direction, "revision", Boolean.toString(revision));
    }

    @EventHandler
    void on(DecisionRecorded decision) {
        decisions(decision.overrideDirection() == null ? "NONE" : decision.overrideDirection(), decision.revision()).increment();
    }

    @EventHandler
    void on(DeadlinePassed passed) {
        registry.counter("frontdoor.deadlines.passed", "kind", passed.deadline().name()).increment();
    }

    @EventHandler
    void on(EarlyHelpMilestoneOverdue overdue) {
        registry.counter("frontdoor.deadlines.passed", "kind", overdue.deadline()).increment();
    }
}
