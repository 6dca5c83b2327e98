package io.frontdoor.web.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the threshold engine would recommend for the referral so far, in a referrer's words: "Looks like Level 3
 * Intensive: Early Help Assessment — with the family's consent", and why (each rule that applied, each concern that
 * counted). Read from triage's {@code POST /api/threshold/evaluate}: the engine the front door itself uses.
 */
public record ThresholdAdvice(String levelName, int rank, String rag, List<String> routes, boolean consentRequired,
                              List<String> reasons, String summary, Map<String, Object> decisionTimescale) {

    @SuppressWarnings("unchecked")
    static ThresholdAdvice of(Map<String, Object> recommendation) {
        Map<String, Object> level = (Map<String, Object>) recommendation.get("level");
        List<String> routes = ((List<Map<String, Object>>) recommendation.getOrDefault("routeDetails", List.of())).stream()
                .map(route -> String.valueOf(route.get("localName"))).toList();
        List<String> reasons = new ArrayList<>();
        ((List<Map<String, Object>>) recommendation.getOrDefault("triggeredRules", List.of()))
                .forEach(rule -> reasons.add(String.valueOf(rule.get("explanation"))));
        ((List<Map<String, Object>>) recommendation.getOrDefault("matchedIndicators", List.of()))
                .forEach(indicator -> reasons.add("Level " + indicator.get("level") + " concern: " + indicator.get("text")));
        Map<String, Object> timescale = (Map<String, Object>) recommendation.get("decisionTimescale");
        return new ThresholdAdvice(level == null ? "No level yet" : String.valueOf(level.get("localName")),
                level == null ? 0 : ((Number) level.get("rank")).intValue(), (String) recommendation.get("rag"), routes,
                Boolean.TRUE.equals(recommendation.get("consentRequired")), reasons, (String) recommendation.get("summary"),
                timescale);
    }

    /** "Looks like Level 3 Intensive: Early Help Assessment (EHA) — with the family's consent". */
    public String headline() {
        return "Looks like " + levelName + (routes.isEmpty() ? "" : ": " + String.join("; ", routes))
                + (consentRequired ? " — with the family's consent" : " — consent is not needed");
    }
}
