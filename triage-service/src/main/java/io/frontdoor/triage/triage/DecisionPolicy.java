package io.frontdoor.triage.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How a worker's decision stands against the recommendation, and whether the pack wants a manager to authorise it. */
public final class DecisionPolicy {

    /** Routes that are a social-care response; anything else leaves the referrer owed feedback within 24 hours. */
    public static final Set<String> SOCIAL_CARE_ROUTES = Set.of("SECTION_17_ASSESSMENT", "STRATEGY_DISCUSSION", "SECTION_47_ENQUIRY",
            "MARAC", "LADO", "PRIVATE_FOSTERING_ASSESSMENT", "ACCOMMODATION_ASSESSMENT", "EMERGENCY_DUTY_TEAM");
    static final Set<String> NO_FURTHER_ACTION = Set.of("ADVICE_AND_SIGNPOSTING");

    public enum Override { NONE, UP, DOWN, ROUTES_ONLY }

    public record Judgement(Override override, boolean authorisationRequired, String authorisationReason,
                            boolean acceptedForSocialCare) {
    }

    private DecisionPolicy() {
    }

    public static Judgement judge(Recommended recommended, int levelRank, List<String> routes, AuthorisationRules rules,
                                  boolean policeDomesticAbuseNotification) {
        Override override = override(recommended, levelRank, routes);
        List<String> reasons = new ArrayList<>();
        if (rules.overrideDownwards() && override == Override.DOWN) {
            reasons.add("the decision is below the recommended level (override downwards)");
        }
        if (rules.noFurtherActionOnPoliceDomesticAbuse() && policeDomesticAbuseNotification
                && NO_FURTHER_ACTION.containsAll(routes)) {
            reasons.add("no further action on a police domestic abuse notification");
        }
        routes.stream().filter(rules.routes()::contains)
                .forEach(route -> reasons.add("the pack asks a manager to authorise " + route));
        return new Judgement(override, !reasons.isEmpty(), reasons.isEmpty() ? null : String.join("; ", reasons),
                routes.stream().anyMatch(SOCIAL_CARE_ROUTES::contains));
    }

    static Override override(Recommended recommended, int levelRank, List<String> routes) {
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
