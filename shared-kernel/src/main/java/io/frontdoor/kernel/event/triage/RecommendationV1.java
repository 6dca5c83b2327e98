package io.frontdoor.kernel.event.triage;

import java.util.List;

/** The threshold engine's advice as recorded, with the pack version that produced it (DESIGN.md "Recommendation"). */
public record RecommendationV1(PackRef pack, LevelV1 level, String rag, List<String> routes,
                               List<MatchedIndicator> matchedIndicators, List<TriggeredRule> triggeredRules,
                               boolean consentRequired, List<String> advice, String summary) {

    public record PackRef(String id, String version) {
    }

    public record MatchedIndicator(String id, int level, String domain) {
    }

    public record TriggeredRule(String id, String explanation) {
    }
}
