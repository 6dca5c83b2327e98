package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * The threshold engine's advice as recorded, with the pack version that produced it (docs/architecture.md, "Events"). The
 * top-level fields are the contact as a whole (highest level, most urgent RAG, every route any child needs, consent if
 * any child's route needs it); {@code children} is each child's own advice (absent in events recorded before it existed).
 */
public record RecommendationV1(PackRef pack, LevelV1 level, String rag, List<String> routes,
                               List<MatchedIndicator> matchedIndicators, List<TriggeredRule> triggeredRules,
                               boolean consentRequired, List<String> advice, String summary, List<ChildRecommendation> children) {

    public RecommendationV1 {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** Advice without a per-child part (as recorded before children were judged one by one). */
    public RecommendationV1(PackRef pack, LevelV1 level, String rag, List<String> routes, List<MatchedIndicator> matchedIndicators,
                            List<TriggeredRule> triggeredRules, boolean consentRequired, List<String> advice, String summary) {
        this(pack, level, rag, routes, matchedIndicators, triggeredRules, consentRequired, advice, summary, List.of());
    }

    /** One child's advice: {@code index} in the contact's children (from 0), {@code name} the given name only. */
    public record ChildRecommendation(int index, String name, LevelV1 level, String rag, List<String> routes,
                                      boolean consentRequired, List<MatchedIndicator> matchedIndicators,
                                      List<TriggeredRule> triggeredRules, String summary) {
    }

    public record PackRef(String id, String version) {
    }

    public record MatchedIndicator(String id, int level, String domain) {
    }

    public record TriggeredRule(String id, String explanation) {
    }
}
