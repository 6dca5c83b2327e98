package io.frontdoor.triage.triage;

import io.frontdoor.kernel.validation.Violation;
import java.util.List;
import java.util.Set;

/** A decision must name a level, at least one known route, who decided, and why. */
final class DecisionValidation {

    static final Set<String> ROUTES = Set.of("ADVICE_AND_SIGNPOSTING", "EARLY_HELP", "DOMESTIC_ABUSE_TRIAGE", "MARAC",
            "SECTION_17_ASSESSMENT", "STRATEGY_DISCUSSION", "SECTION_47_ENQUIRY", "LADO", "PRIVATE_FOSTERING_ASSESSMENT",
            "ACCOMMODATION_ASSESSMENT", "EMERGENCY_DUTY_TEAM", "OTHER_SERVICE");

    private DecisionValidation() {
    }

    static void checkLevel(List<Violation> v, String field, int levelRank) {
        if (levelRank < 1 || levelRank > 4) {
            v.add(new Violation(field, "must be 1 to 4"));
        }
    }

    static void checkRoutes(List<Violation> v, String field, List<String> routes) {
        if (routes == null || routes.isEmpty()) {
            v.add(new Violation(field, "at least one route is required"));
            return;
        }
        for (int i = 0; i < routes.size(); i++) {
            if (!ROUTES.contains(routes.get(i))) {
                v.add(new Violation(field + "[" + i + "]", "unknown route; allowed: " + ROUTES.stream().sorted().toList()));
            }
        }
    }

    static void checkWho(List<Violation> v, String rationale, String decidedBy) {
        if (rationale == null || rationale.isBlank()) {
            v.add(new Violation("rationale", "a decision needs its rationale"));
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            v.add(new Violation("decidedBy", "is required"));
        }
    }
}
