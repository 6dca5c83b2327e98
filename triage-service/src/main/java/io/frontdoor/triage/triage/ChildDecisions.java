package io.frontdoor.triage.triage;

import io.frontdoor.triage.triage.TriageEvents.ChildDecided;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A worker's decision, child by child: the decision for every child, varied where the worker said so; each child's judged
 * against that child's recommendation under the pack's authorisation rules; and the contact's as a whole — the highest
 * level, every route, authorisation when any child's needs it, accepted for social care when any child is.
 */
record ChildDecisions(List<ChildDecided> children, int levelRank, List<String> routes, DecisionPolicy.Override override,
                      boolean authorisationRequired, String authorisationReason, boolean acceptedForSocialCare) {

    /** What the worker asked: the decision for every child and the children it varies for. */
    record Asked(int levelRank, List<String> routes, String rationale, String decidedBy, List<TriageCommands.ChildDecision> varied) {
    }

    /**
     * @param names the children's display names, in the contact's order
     * @throws InvalidSubmissionException naming each field at fault ({@code levelRank}, {@code children[1].routes[0]}...)
     */
    static ChildDecisions judge(Asked asked, List<String> names, Recommended recommended, AuthorisationRules rules,
                                boolean policeDomesticAbuseNotification, IntFunction<LevelOfNeed> level) {
        Map<Integer, TriageCommands.ChildDecision> varied = check(asked, names.size());
        List<ChildDecided> children = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Set<String> routes = new LinkedHashSet<>();
        int highest = 0;
        boolean accepted = false;
        for (int index = 0; index < names.size(); index++) {
            var own = varied.get(index);
            int rank = own != null && own.levelRank() != null ? own.levelRank() : asked.levelRank();
            List<String> childRoutes = List.copyOf(own != null && own.routes() != null ? own.routes() : asked.routes());
            String rationale = own != null && own.rationale() != null && !own.rationale().isBlank() ? own.rationale() : asked.rationale();
            var judgement = DecisionPolicy.judge(recommended == null ? null : recommended.forChild(index), rank, childRoutes, rules,
                    policeDomesticAbuseNotification);
            children.add(new ChildDecided(index, names.get(index), level.apply(rank), childRoutes, rationale,
                    judgement.override().name(), judgement.authorisationRequired(), judgement.authorisationReason(),
                    judgement.acceptedForSocialCare()));
            if (judgement.authorisationRequired()) {
                reasons.add(names.size() > 1 ? names.get(index) + ": " + judgement.authorisationReason() : judgement.authorisationReason());
            }
            routes.addAll(childRoutes);
            highest = Math.max(highest, rank);
            accepted |= judgement.acceptedForSocialCare();
        }
        List<String> contactRoutes = List.copyOf(routes);
        return new ChildDecisions(children, highest, contactRoutes, DecisionPolicy.judge(recommended, highest, contactRoutes,
                AuthorisationRules.NONE, false).override(), !reasons.isEmpty(), reasons.isEmpty() ? null : String.join("; ", reasons),
                accepted);
    }

    /**
     * This decision with {@code because} added to each rationale, awaiting a manager's authorisation only if {@code authorise}
     * (a disagreement's revision is decided up the ladder, not authorised).
     */
    ChildDecisions because(String because, boolean authorise) {
        return new ChildDecisions(children.stream().map(child -> new ChildDecided(child.index(), child.name(), child.level(), child.routes(),
                child.rationale() + because, child.overrideDirection(), authorise && child.authorisationRequired(),
                authorise ? child.authorisationReason() : null, child.acceptedForSocialCare())).toList(), levelRank, routes, override,
                authorise, authorise ? authorisationReason : null, acceptedForSocialCare);
    }

    private static Map<Integer, TriageCommands.ChildDecision> check(Asked asked, int childCount) {
        List<Violation> v = new ArrayList<>();
        Map<Integer, TriageCommands.ChildDecision> varied = new HashMap<>();
        boolean everyChildNeedsLevel = false;
        boolean everyChildNeedsRoutes = false;
        for (int k = 0; k < asked.varied().size(); k++) {
            var child = asked.varied().get(k);
            String at = "children[" + k + "]";
            if (child == null) {
                v.add(new Violation(at, "must not be null"));
                continue;
            }
            if (child.childIndex() < 0 || child.childIndex() >= childCount) {
                v.add(new Violation(at + ".childIndex", "no child " + child.childIndex() + " in this contact (it names " + childCount + ")"));
            } else if (varied.put(child.childIndex(), child) != null) {
                v.add(new Violation(at + ".childIndex", "child " + child.childIndex() + " is named twice"));
            }
            if (child.levelRank() != null) {
                DecisionValidation.checkLevel(v, at + ".levelRank", child.levelRank());
            }
            if (child.routes() != null) {
                DecisionValidation.checkRoutes(v, at + ".routes", child.routes());
            }
            everyChildNeedsLevel |= child.levelRank() == null;
            everyChildNeedsRoutes |= child.routes() == null;
        }
        boolean someChildNotVaried = varied.size() < childCount;
        if (someChildNotVaried || everyChildNeedsLevel) {
            DecisionValidation.checkLevel(v, "levelRank", asked.levelRank());
        }
        if (someChildNotVaried || everyChildNeedsRoutes) {
            DecisionValidation.checkRoutes(v, "routes", asked.routes());
        }
        DecisionValidation.checkWho(v, asked.rationale(), asked.decidedBy());
        if (!v.isEmpty()) {
            throw new InvalidSubmissionException(v);
        }
        return varied;
    }
}
