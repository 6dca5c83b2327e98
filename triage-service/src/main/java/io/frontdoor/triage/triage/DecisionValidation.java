package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.validation.Violation;
import java.util.List;
import java.util.stream.Stream;

/** A decision must name a level, at least one known route, who decided, and why. */
final class DecisionValidation {

    /** Every route a decision may name, in the order a message lists them. */
    static final List<String> ROUTES = Stream.of(RouteCode.values()).map(RouteCode::name).sorted().toList();

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
            if (RouteCode.parse(routes.get(i)).isEmpty()) {
                v.add(new Violation(field + "[" + i + "]", "unknown route; allowed: " + ROUTES));
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
