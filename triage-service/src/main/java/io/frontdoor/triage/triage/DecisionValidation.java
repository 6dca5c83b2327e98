package io.frontdoor.triage.triage;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.triage.TriageCommands.RecordDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A decision must name a level, at least one known route, who decided, and why. */
final class DecisionValidation {

    static final Set<String> ROUTES = Set.of("ADVICE_AND_SIGNPOSTING", "EARLY_HELP", "DOMESTIC_ABUSE_TRIAGE", "MARAC",
            "SECTION_17_ASSESSMENT", "STRATEGY_DISCUSSION", "SECTION_47_ENQUIRY", "LADO", "PRIVATE_FOSTERING_ASSESSMENT",
            "ACCOMMODATION_ASSESSMENT", "EMERGENCY_DUTY_TEAM", "OTHER_SERVICE");

    private DecisionValidation() {
    }

    static void check(RecordDecision c) {
        check(c.levelRank(), c.routes(), c.rationale(), c.decidedBy());
    }

    static void check(int levelRank, List<String> routes, String rationale, String decidedBy) {
        List<Violation> v = new ArrayList<>();
        if (levelRank < 1 || levelRank > 4) {
            v.add(new Violation("levelRank", "must be 1 to 4"));
        }
        if (routes == null || routes.isEmpty()) {
            v.add(new Violation("routes", "at least one route is required"));
        } else {
            for (int i = 0; i < routes.size(); i++) {
                if (!ROUTES.contains(routes.get(i))) {
                    v.add(new Violation("routes[" + i + "]", "unknown route; allowed: " + ROUTES.stream().sorted().toList()));
                }
            }
        }
        if (rationale == null || rationale.isBlank()) {
            v.add(new Violation("rationale", "a decision needs its rationale"));
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            v.add(new Violation("decidedBy", "is required"));
        }
        if (!v.isEmpty()) {
            throw new InvalidSubmissionException(v);
        }
    }
}
