package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The recommendation in one plain paragraph a referrer understands, e.g. "Level 4 Specialist (acute): RED. Routes:
 * Strategy discussion. Why: ...". It restates the reasons; it never adds one.
 */
final class RecommendationSummary {

    private static final int TEXTS_SHOWN = 3;

    private RecommendationSummary() {
    }

    /** What the summary says of one child of a contact that names several. */
    record ChildPart(String name, TickedIndicators ticked, Deliberation deliberation, List<RouteCode> routes,
                     boolean consentRequired, Recommendation.DecisionTimescale timescale) {
    }

    /** For a contact naming several children: the contact as a whole, then each child in its own words. */
    static String writeForChildren(Pack pack, Level level, Rag rag, List<RouteCode> routes, List<ChildPart> children) {
        List<String> sentences = new ArrayList<>();
        sentences.add(children.size() + " children. The most urgent: " + named(level) + ": " + rag + ".");
        sentences.add(routes(pack, routes));
        children.forEach(child -> sentences.add(child.name() + ": " + write(pack, child.ticked(), child.deliberation(),
                child.routes(), child.consentRequired(), child.timescale(), false)));
        sentences.add("This is a recommendation: a qualified worker makes the decision, for each child.");
        return String.join(" ", sentences);
    }

    static String write(Pack pack, TickedIndicators ticked, Deliberation deliberation, List<RouteCode> routes,
                        boolean consentRequired, Recommendation.DecisionTimescale timescale, boolean closing) {
        List<String> sentences = new ArrayList<>();
        sentences.add(named(deliberation.level()) + ": " + deliberation.rag() + ".");
        sentences.add(routes(pack, routes));
        sentences.add("Why: " + reasons(pack, ticked, deliberation));
        sentences.add(consentRequired
                ? "Consent: the family's agreement is needed for this route; if it is refused, record why and reconsider whether the needs escalate."
                : "Consent: not needed before this referral (it is still good practice to tell the family, unless that would put a child at risk).");
        deliberation.advice().forEach(advice -> sentences.add("Advice: " + sentence(advice)));
        if (timescale.duration() != null) {
            sentences.add("Decision due within " + timescale.duration().inWords() + ".");
        }
        if (!ticked.protective().isEmpty()) {
            sentences.add("Strengths noted, for the worker's judgement (they do not lower the level by themselves): "
                    + quoted(ticked.protective()) + ".");
        }
        if (closing) {
            sentences.add("This is a recommendation: a qualified worker makes the decision.");
        }
        return String.join(" ", sentences);
    }

    private static String routes(Pack pack, List<RouteCode> routes) {
        return "Routes: " + (routes.isEmpty() ? "none named by the pack; the worker decides" : routes.stream()
                .map(code -> pack.route(code).map(Route::localName).orElse(code.name()))
                .collect(Collectors.joining(", "))) + ".";
    }

    private static String reasons(Pack pack, TickedIndicators ticked, Deliberation deliberation) {
        List<String> reasons = new ArrayList<>();
        if (ticked.counted().isEmpty()) {
            reasons.add("no indicator of need was ticked, so the level starts at " + named(pack.level(1)) + ".");
        } else {
            reasons.add("the highest need ticked is at " + named(pack.level(deliberation.floor())) + ": "
                    + quoted(ticked.atFloor()) + ".");
        }
        deliberation.fired().forEach(rule -> reasons.add(sentence(rule.explanation())));
        return String.join(" ", reasons);
    }

    /** The local name, with its rank in front when the name does not say it ("Level 4 Protection & Specialist"). */
    private static String named(Level level) {
        return level.localName().contains(String.valueOf(level.rank())) ? level.localName() : "Level " + level.rank() + " " + level.localName();
    }

    private static String quoted(List<Indicator> indicators) {
        String shown = indicators.stream().limit(TEXTS_SHOWN).map(indicator -> "\"" + indicator.text().strip() + "\"")
                .collect(Collectors.joining("; "));
        int more = indicators.size() - TEXTS_SHOWN;
        return more > 0 ? shown + " and " + more + " more" : shown;
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") ? stripped : stripped + ".";
    }
}
