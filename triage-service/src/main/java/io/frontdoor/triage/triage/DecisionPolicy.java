package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.RouteCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** How a worker's decision stands against the recommendation, and whether the pack wants a manager to authorise it. */
public final class DecisionPolicy {

    public enum Override { NONE, UP, DOWN, ROUTES_ONLY }

    public record Judgement(Override override, boolean authorisationRequired, String authorisationReason,
                            boolean acceptedForSocialCare) {
    }

    private DecisionPolicy() {
    }

    public static Judgement judge(Recommended recommended, int levelRank, List<String> routes, AuthorisationRules rules,
                                  boolean policeDomesticAbuseNotification) {
        List<RouteCode> codes = routes.stream().map(RouteCode::valueOf).toList(); // DecisionValidation let only routes through
        Override override = override(recommended, levelRank, codes);
        List<String> reasons = new ArrayList<>();
        if (rules.overrideDownwards() && override == Override.DOWN) {
            reasons.add("the decision is below the recommended level (override downwards)");
        }
        if (rules.noFurtherActionOnPoliceDomesticAbuse() && policeDomesticAbuseNotification
                && codes.stream().allMatch(RouteCode::isNoFurtherAction)) {
            reasons.add("no further action on a police domestic abuse notification");
        }
        codes.stream().filter(rules.routes()::contains)
                .forEach(route -> reasons.add("the pack asks a manager to authorise " + route));
        return new Judgement(override, !reasons.isEmpty(), reasons.isEmpty() ? null : String.join("; ", reasons),
                codes.stream().anyMatch(RouteCode::isSocialCare));
    }

    /** Whether a route, as named on a topic, is a social-care response; a name that is no route is not. */
    public static boolean isSocialCare(String route) {
        return RouteCode.parse(route).filter(RouteCode::isSocialCare).isPresent();
    }

    static Override override(Recommended recommended, int levelRank, List<RouteCode> routes) {
        if (recommended == null) {
            return Override.NONE;
        }
        if (levelRank > recommended.levelRank()) {
            return Override.UP;
        }
        if (levelRank < recommended.levelRank()) {
            return Override.DOWN;
        }
        return new HashSet<>(routes).equals(new HashSet<>(recommended.routes())) ? Override.NONE : Override.ROUTES_ONLY;
    }
}
