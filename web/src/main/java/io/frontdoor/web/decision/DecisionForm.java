package io.frontdoor.web.decision;

import io.frontdoor.web.errors.FormErrors;
import java.util.List;

/** What the worker chose on the decision form, as it travels to "Check your answers" and back. */
public record DecisionForm(Integer levelRank, List<String> routes, String rationale, Long expectedVersion) {

    public DecisionForm {
        routes = routes == null ? List.of() : List.copyOf(routes);
        rationale = rationale == null ? "" : rationale;
    }

    FormErrors check(int recommendedRank) {
        FormErrors errors = FormErrors.none();
        if (levelRank == null) {
            errors.add("level-" + (recommendedRank > 0 ? recommendedRank : 1), "Select the level of need");
        }
        if (routes.isEmpty()) {
            errors.add("routes", "Select at least one route");
        }
        if (rationale.isBlank()) {
            errors.add("rationale", "Enter the rationale for the decision");
        }
        return errors;
    }

    /** Below, above or the same as the recommendation: below and above are overrides. */
    public String direction(int recommendedRank) {
        if (recommendedRank == 0 || levelRank == null || levelRank == recommendedRank) {
            return "SAME";
        }
        return levelRank < recommendedRank ? "DOWN" : "UP";
    }
}
