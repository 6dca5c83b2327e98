package io.frontdoor.triage.threshold.web;

import io.frontdoor.triage.threshold.AuthorisationPolicy;
import io.frontdoor.triage.threshold.DaTriageMeeting;
import io.frontdoor.triage.threshold.EscalationStage;
import io.frontdoor.triage.threshold.Indicator;
import io.frontdoor.triage.threshold.Level;
import io.frontdoor.triage.threshold.OfficeHours;
import io.frontdoor.triage.threshold.Pack;
import io.frontdoor.triage.threshold.Route;
import io.frontdoor.triage.threshold.RuleKind;
import io.frontdoor.triage.threshold.Timescales;

import java.util.List;

/**
 * {@code GET /api/packs/{id}}: everything a referral form needs to offer the indicators to tick, and what a worker
 * needs to read the pack (levels, routes, timescales, office hours, escalation ladder, the rules in words).
 */
public record PackDetails(String id, String version, String name, String source, List<Level> levels,
                          List<Indicator> indicators, List<Route> routes, List<RuleInWords> rules,
                          Timescales timescales, OfficeHours officeHours, List<EscalationStage> escalationLadder,
                          DaTriageMeeting daTriageMeeting, AuthorisationPolicy authorisation) {

    /** A rule as a reader needs it: what it is, what it says and where the document says so. */
    public record RuleInWords(String id, RuleKind kind, String explanation, String source) {
    }

    static PackDetails of(Pack pack) {
        return new PackDetails(pack.id(), pack.version(), pack.name(), pack.source(), pack.levels(),
                List.copyOf(pack.allIndicators()), pack.routes(),
                pack.rules().stream().map(rule -> new RuleInWords(rule.id(), rule.kind(), rule.explanation(), rule.source())).toList(),
                pack.timescales(), pack.officeHours(), pack.escalationLadder(), pack.daTriageMeeting(), pack.authorisation());
    }
}
