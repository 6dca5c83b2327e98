package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.triage.threshold.pack.Domain;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Rule;
import io.frontdoor.triage.threshold.pack.RuleKind;
import java.time.Instant;
import java.util.List;

/**
 * What the threshold engine advises for one contact under one pack version, with its reasons. Field names are a
 * fixed contract (docs/architecture.md, the published events): add fields, never rename. The top-level fields are the
 * contact as a whole (the highest level, the most urgent RAG, every route any child needs, consent when any child's
 * route needs it); {@code children} is each child's own recommendation.
 *
 * @param asOf               the moment the contact was judged at (its {@code receivedAt}, or the time of evaluation)
 * @param receivedOutOfHours whether {@code asOf} falls outside the pack's office hours
 */
public record Recommendation(PackVersion pack, LevelOfNeed level, Rag rag, List<RouteCode> routes,
                             List<RouteDetail> routeDetails, List<MatchedIndicator> matchedIndicators,
                             List<TriggeredRule> triggeredRules, boolean consentRequired,
                             List<ProtectiveFactor> protectiveFactors, List<String> advice,
                             DecisionTimescale decisionTimescale, Instant asOf, boolean receivedOutOfHours,
                             String summary, List<ChildRecommendation> children) {

    public Recommendation {
        routes = List.copyOf(routes);
        routeDetails = List.copyOf(routeDetails);
        matchedIndicators = List.copyOf(matchedIndicators);
        triggeredRules = List.copyOf(triggeredRules);
        protectiveFactors = List.copyOf(protectiveFactors);
        advice = List.copyOf(advice);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /**
     * One child's recommendation. {@code index} is the child's place in the contact's {@code children} (from 0);
     * {@code name} the given name only, for display; the explanations of {@code triggeredRules} name the child.
     */
    public record ChildRecommendation(int index, String name, LevelOfNeed level, Rag rag, List<RouteCode> routes,
                                      List<RouteDetail> routeDetails, boolean consentRequired,
                                      List<MatchedIndicator> matchedIndicators, List<TriggeredRule> triggeredRules,
                                      List<ProtectiveFactor> protectiveFactors, DecisionTimescale decisionTimescale,
                                      String summary) {
        public ChildRecommendation {
            routes = List.copyOf(routes);
            routeDetails = List.copyOf(routeDetails);
            matchedIndicators = List.copyOf(matchedIndicators);
            triggeredRules = List.copyOf(triggeredRules);
            protectiveFactors = List.copyOf(protectiveFactors);
        }
    }

    public record PackVersion(String id, String version) {
    }

    public record LevelOfNeed(LevelCode code, int rank, String localName) {
        static LevelOfNeed of(Level level) {
            return new LevelOfNeed(level.code(), level.rank(), level.localName());
        }
    }

    public record RouteDetail(RouteCode code, String localName, boolean consentRequired) {
    }

    public record MatchedIndicator(String id, int level, Domain domain, String subDomain, String text) {
        static MatchedIndicator of(Indicator indicator) {
            return new MatchedIndicator(indicator.id(), indicator.level(), indicator.domain(), indicator.subDomain(), indicator.text());
        }
    }

    public record TriggeredRule(String id, RuleKind kind, String explanation) {
        static TriggeredRule of(Rule rule) {
            return new TriggeredRule(rule.id(), rule.kind(), rule.explanation());
        }
    }

    public record ProtectiveFactor(String id, String text) {
        static ProtectiveFactor of(Indicator indicator) {
            return new ProtectiveFactor(indicator.id(), indicator.text());
        }
    }

    /** The time the decision is due within; {@code name} is the pack's timescale key ({@code lado}, {@code rag.RED}...). */
    public record DecisionTimescale(String name, Timescale duration) {
    }
}
