package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.threshold.pack.ChildAge;
import io.frontdoor.triage.threshold.pack.Circumstances;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Rule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Recommends a level of need, an urgency and routes for each child a contact names, by a pack, with its reasons, and
 * for the contact as a whole (the highest level, the most urgent RAG, every route). It knows no partnership:
 * everything local is in the pack. Stateless and thread-safe.
 * <p>
 * A child is judged on the contact's concerns (they apply to every child), the household's facts ({@link HouseholdFacts},
 * whichever child they were ticked on), its own concerns, its own age and disability, its own domestic-abuse facts, and
 * its own history with the front door ({@link ChildHistory}): such a rule fires for the child it concerns.
 */
public final class ThresholdEngine {

    /** Ages and office hours are judged in the front door's own time zone. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public ThresholdEngine() {
        this(Clock.systemUTC());
    }

    public ThresholdEngine(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws InvalidSubmissionException when the contact ticks an indicator the pack does not have (one violation per
     *                                    unknown id, named by where it was ticked: {@code concerns.indicatorIds[i]} or
     *                                    {@code children[c].indicatorIds[i]})
     */
    public Recommendation evaluate(Pack pack, ContactSubmission contact) {
        return evaluate(pack, contact, Map.of());
    }

    /**
     * As {@link #evaluate(Pack, ContactSubmission)}, with what the front door knew of each child before the contact
     * ({@code history} by the child's position in the contact; a child missing from it is one not seen before).
     */
    public Recommendation evaluate(Pack pack, ContactSubmission contact, Map<Integer, ChildHistory> history) {
        Instant asOf = contact.receivedAt() != null ? contact.receivedAt() : clock.instant();
        LocalDate on = asOf.atZone(LONDON).toLocalDate();
        List<Violation> problems = new ArrayList<>();
        TickedIndicators forEveryChild = TickedIndicators.resolve(pack, contact.indicatorIds(), "concerns.indicatorIds", problems);
        List<TickedIndicators> own = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            ContactSubmission.Child child = contact.children().get(i);
            own.add(child == null ? TickedIndicators.NONE
                    : TickedIndicators.resolve(pack, child.indicatorIds(), "children[" + i + "].indicatorIds", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        TickedIndicators household = forEveryChild;
        Set<String> householdFacts = new LinkedHashSet<>();
        for (TickedIndicators ticked : own) {
            household = household.plus(ticked.household());
            householdFacts.addAll(HouseholdFacts.of(ticked));
        }

        List<ChildJudgement> judged = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            ContactSubmission.Child child = contact.children().get(i);
            if (child != null) {
                judged.add(judge(pack, contact, i, child, household.plus(own.get(i)), householdFacts,
                        history.getOrDefault(i, ChildHistory.NONE), on));
            }
        }
        if (judged.isEmpty()) {
            judged.add(judge(pack, contact, -1, null, forEveryChild, householdFacts, ChildHistory.NONE, on));
        }
        return recommendation(pack, judged, asOf);
    }

    private static ChildJudgement judge(Pack pack, ContactSubmission contact, int index, ContactSubmission.Child child,
                                        TickedIndicators ticked, Set<String> householdFacts, ChildHistory history, LocalDate on) {
        Set<String> facts = new LinkedHashSet<>(ticked.tags());
        facts.addAll(householdFacts);
        facts.addAll(DerivedFacts.of(contact, index, child));
        facts.addAll(DerivedFacts.of(history));
        List<ChildAge> age = child == null ? List.of() : ChildAge.of(child.dateOfBirth(), on).stream().toList();
        Circumstances circumstances = new Circumstances(facts, ticked.ids(), age);

        Deliberation deliberation = new Deliberation(pack, ticked.floor());
        for (Rule rule : pack.rules()) {
            if (rule.firesFor(circumstances, deliberation.levelSoFar())) {
                deliberation.apply(rule);
            }
        }
        return new ChildJudgement(index, child == null ? null : child.displayName(index), ticked, deliberation);
    }

    private record ChildJudgement(int index, String name, TickedIndicators ticked, Deliberation deliberation) {

        Rag rag() {
            return deliberation.rag();
        }

        int rank() {
            return deliberation.level().rank();
        }

        List<RouteCode> routes() {
            return deliberation.routes();
        }

        boolean consentRequired() {
            return deliberation.consentRequired(routes());
        }

        String explain(Rule rule) {
            return name == null ? rule.explanation() : name + ": " + rule.explanation();
        }
    }

    /** The most urgent child first: RAG, then level, then the order the contact names them. */
    private static final Comparator<ChildJudgement> MOST_URGENT = Comparator.comparing(ChildJudgement::rag)
            .thenComparingInt(ChildJudgement::rank).reversed()
            .thenComparingInt(ChildJudgement::index);

    private static Recommendation recommendation(Pack pack, List<ChildJudgement> judged, Instant asOf) {
        ChildJudgement lead = judged.stream().sorted(MOST_URGENT).findFirst().orElseThrow();
        Level level = pack.level(judged.stream().mapToInt(ChildJudgement::rank).max().orElseThrow());
        Rag rag = lead.rag();
        Set<RouteCode> routeSet = new LinkedHashSet<>();
        Set<Indicator> counted = new LinkedHashSet<>();
        Set<Indicator> protective = new LinkedHashSet<>();
        Set<String> advice = new LinkedHashSet<>();
        Map<String, List<ChildJudgement>> firedFor = new LinkedHashMap<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (ChildJudgement child : judged) {
            routeSet.addAll(child.routes());
            counted.addAll(child.ticked().counted());
            protective.addAll(child.ticked().protective());
            advice.addAll(child.deliberation().advice());
            child.deliberation().fired().forEach(rule -> {
                rules.putIfAbsent(rule.id(), rule);
                firedFor.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(child);
            });
        }
        List<RouteCode> routes = List.copyOf(routeSet);
        boolean consentRequired = judged.stream().anyMatch(ChildJudgement::consentRequired);
        boolean outOfHours = !pack.officeHours().openAt(asOf);
        if (outOfHours && rag == Rag.RED) {
            advice.add("Received outside the front door's office hours: a RED contact goes to the "
                    + pack.officeHours().outOfHoursLocalName() + " now.");
        }
        Recommendation.DecisionTimescale timescale = lead.deliberation().decisionTimescale();
        boolean several = judged.size() > 1;
        List<Recommendation.TriggeredRule> triggered = rules.values().stream()
                .map(rule -> new Recommendation.TriggeredRule(rule.id(), rule.kind(), several
                        ? names(firedFor.get(rule.id())) + ": " + rule.explanation() : rule.explanation()))
                .toList();
        List<Recommendation.ChildRecommendation> children = judged.stream().filter(child -> child.name() != null)
                .map(child -> childRecommendation(pack, child)).toList();
        String summary = several
                ? RecommendationSummary.writeForChildren(pack, level, rag, routes, judged.stream()
                        .map(child -> new RecommendationSummary.ChildPart(child.name(), child.ticked(), child.deliberation(),
                                child.routes(), child.consentRequired(), child.deliberation().decisionTimescale())).toList())
                : RecommendationSummary.write(pack, lead.ticked(), lead.deliberation(), routes, consentRequired, timescale, true);
        return new Recommendation(
                new Recommendation.PackVersion(pack.id(), pack.version()),
                Recommendation.LevelOfNeed.of(level),
                rag,
                routes,
                routes.stream().map(code -> routeDetail(pack, code)).toList(),
                counted.stream().map(Recommendation.MatchedIndicator::of).toList(),
                triggered,
                consentRequired,
                protective.stream().map(Recommendation.ProtectiveFactor::of).toList(),
                List.copyOf(advice),
                timescale,
                asOf,
                outOfHours,
                summary,
                children);
    }

    private static Recommendation.ChildRecommendation childRecommendation(Pack pack, ChildJudgement child) {
        Deliberation deliberation = child.deliberation();
        List<RouteCode> routes = child.routes();
        return new Recommendation.ChildRecommendation(child.index(), child.name(),
                Recommendation.LevelOfNeed.of(deliberation.level()), child.rag(), routes,
                routes.stream().map(code -> routeDetail(pack, code)).toList(), child.consentRequired(),
                child.ticked().counted().stream().map(Recommendation.MatchedIndicator::of).toList(),
                deliberation.fired().stream().map(rule -> new Recommendation.TriggeredRule(rule.id(), rule.kind(), child.explain(rule))).toList(),
                child.ticked().protective().stream().map(Recommendation.ProtectiveFactor::of).toList(),
                deliberation.decisionTimescale(),
                child.name() + ": " + RecommendationSummary.write(pack, child.ticked(), deliberation, routes,
                        child.consentRequired(), deliberation.decisionTimescale(), false));
    }

    private static String names(List<ChildJudgement> children) {
        return String.join(", ", children.stream().map(ChildJudgement::name).toList());
    }

    private static Recommendation.RouteDetail routeDetail(Pack pack, RouteCode code) {
        return pack.route(code)
                .map(route -> new Recommendation.RouteDetail(code, route.localName(), route.consentRequired()))
                .orElse(new Recommendation.RouteDetail(code, code.name(), false));
    }
}
