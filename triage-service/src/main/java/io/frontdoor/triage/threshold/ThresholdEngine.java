package io.frontdoor.triage.threshold;

import io.frontdoor.kernel.contact.ContactSubmission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recommends a level of need, an urgency and routes for a contact, by a pack, with its reasons. It knows no
 * partnership: everything local is in the pack. Stateless and thread-safe.
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
     * @throws io.frontdoor.kernel.validation.InvalidSubmissionException when the contact ticks an indicator the pack
     *                                                                     does not have (one violation per unknown id)
     */
    public Recommendation evaluate(Pack pack, ContactSubmission contact) {
        Instant asOf = contact.receivedAt() != null ? contact.receivedAt() : clock.instant();
        TickedIndicators ticked = TickedIndicators.resolve(pack, contact.indicatorIds());
        Circumstances circumstances = circumstances(contact, ticked, asOf.atZone(LONDON).toLocalDate());

        Deliberation deliberation = new Deliberation(pack, ticked.floor());
        for (Rule rule : pack.rules()) {
            if (rule.firesFor(circumstances, deliberation.levelSoFar())) {
                deliberation.apply(rule);
            }
        }
        return recommendation(pack, ticked, deliberation, asOf);
    }

    private static Circumstances circumstances(ContactSubmission contact, TickedIndicators ticked, LocalDate on) {
        Set<String> facts = new LinkedHashSet<>(ticked.tags());
        facts.addAll(DerivedFacts.of(contact));
        List<ChildAge> ages = contact.children().stream()
                .filter(Objects::nonNull)
                .map(child -> ChildAge.of(child.dateOfBirth(), on))
                .flatMap(Optional::stream)
                .toList();
        return new Circumstances(facts, ticked.ids(), ages);
    }

    private static Recommendation recommendation(Pack pack, TickedIndicators ticked, Deliberation deliberation, Instant asOf) {
        List<RouteCode> routes = deliberation.routes();
        boolean consentRequired = deliberation.consentRequired(routes);
        Rag rag = deliberation.rag();
        boolean outOfHours = !pack.officeHours().openAt(asOf);
        List<String> advice = new ArrayList<>(deliberation.advice());
        if (outOfHours && rag == Rag.RED) {
            advice.add("Received outside the front door's office hours: a RED contact goes to the "
                    + pack.officeHours().outOfHoursLocalName() + " now.");
        }
        Recommendation.DecisionTimescale timescale = deliberation.decisionTimescale();
        return new Recommendation(
                new Recommendation.PackVersion(pack.id(), pack.version()),
                Recommendation.LevelOfNeed.of(deliberation.level()),
                rag,
                routes,
                routes.stream().map(code -> routeDetail(pack, code)).toList(),
                ticked.counted().stream().map(Recommendation.MatchedIndicator::of).toList(),
                deliberation.fired().stream().map(Recommendation.TriggeredRule::of).toList(),
                consentRequired,
                ticked.protective().stream().map(Recommendation.ProtectiveFactor::of).toList(),
                advice,
                timescale,
                asOf,
                outOfHours,
                RecommendationSummary.write(pack, ticked, deliberation, routes, consentRequired, timescale));
    }

    private static Recommendation.RouteDetail routeDetail(Pack pack, RouteCode code) {
        return pack.route(code)
                .map(route -> new Recommendation.RouteDetail(code, route.localName(), route.consentRequired()))
                .orElse(new Recommendation.RouteDetail(code, code.name(), false));
    }
}
