package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Outcome;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Route;
import io.frontdoor.triage.threshold.pack.Rule;
import io.frontdoor.triage.threshold.pack.Timescales;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine's working notes while it goes through a pack's rules in order: each fired rule may only raise the
 * level and the urgency, add routes, take routes away, set the due timescale, decide consent and add advice.
 */
final class Deliberation {

    private final Pack pack;
    private final int floor;
    private int level;
    private Rag ruleRag;
    private final Set<RouteCode> ruleRoutes = new LinkedHashSet<>();
    private boolean keepLevelRoutes;
    private final Set<RouteCode> removedRoutes = EnumSet.noneOf(RouteCode.class);
    private String due;
    private Boolean consentRequired;
    private final Set<String> advice = new LinkedHashSet<>();
    private final List<Rule> fired = new ArrayList<>();

    Deliberation(Pack pack, int floor) {
        this.pack = pack;
        this.floor = floor;
        this.level = floor;
    }

    /** The level reached so far: the indicator floor raised by the rules fired before. */
    int levelSoFar() {
        return level;
    }

    void apply(Rule rule) {
        Outcome then = rule.then();
        fired.add(rule);
        if (then.level() != null) {
            level = Math.max(level, then.level());
        }
        if (then.rag() != null) {
            ruleRag = then.rag().atLeast(ruleRag);
        }
        ruleRoutes.addAll(then.routes());
        keepLevelRoutes |= then.levelRoutes();
        removedRoutes.addAll(then.withoutRoutes());
        if (then.due() != null) {
            due = then.due();
        }
        if (then.consentRequired() != null) {
            consentRequired = then.consentRequired();
        }
        if (then.advice() != null && !then.advice().isBlank()) {
            advice.add(then.advice().strip());
        }
    }

    int floor() {
        return floor;
    }

    Level level() {
        return pack.level(level);
    }

    /** The level's own urgency, raised by any rule that said more. */
    Rag rag() {
        return level().rag().atLeast(ruleRag);
    }

    /**
     * The rules' routes; the level's default routes when no rule gave any (or a rule asked to keep them); minus every
     * route a rule took away. Should the removals leave nothing, the level's routes (minus the removed) stand.
     */
    List<RouteCode> routes() {
        Set<RouteCode> routes = new LinkedHashSet<>(ruleRoutes);
        if (ruleRoutes.isEmpty() || keepLevelRoutes) {
            routes.addAll(level().routes());
        }
        routes.removeAll(removedRoutes);
        if (routes.isEmpty()) {
            routes.addAll(level().routes());
            routes.removeAll(removedRoutes);
        }
        return List.copyOf(routes);
    }

    /** A rule's word on consent wins; otherwise consent is needed when any recommended route needs it. */
    boolean consentRequired(List<RouteCode> routes) {
        if (consentRequired != null) {
            return consentRequired;
        }
        return routes.stream().anyMatch(code -> pack.route(code).map(Route::consentRequired).orElse(false));
    }

    /** The timescale of the last fired rule that named one; otherwise the decision time of the urgency. */
    Recommendation.DecisionTimescale decisionTimescale() {
        if (due != null) {
            return new Recommendation.DecisionTimescale(due, pack.timescales().find(due).orElse(null));
        }
        Rag rag = rag();
        return new Recommendation.DecisionTimescale(Timescales.RAG_PREFIX + rag, pack.timescales().forRag(rag));
    }

    List<String> advice() {
        return List.copyOf(advice);
    }

    List<Rule> fired() {
        return List.copyOf(fired);
    }
}
