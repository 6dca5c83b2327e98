package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Pack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The indicators a contact ticked, split into those that count towards the level and the protective factors that
 * never do. An id the pack does not know is an error, never a silent skip.
 */
record TickedIndicators(List<Indicator> counted, List<Indicator> protective) {

    static final TickedIndicators NONE = new TickedIndicators(List.of(), List.of());

    /**
     * @param field    where the ids came from ({@code concerns.indicatorIds}, {@code children[1].indicatorIds})
     * @param problems where an unknown or empty id is reported, one violation per id
     */
    static TickedIndicators resolve(Pack pack, List<String> ids, String field, List<Violation> problems) {
        Set<Indicator> ticked = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String at = field + "[" + i + "]";
            if (id == null || id.isBlank()) {
                problems.add(new Violation(at, "an indicator id is empty"));
            } else {
                pack.indicator(id).ifPresentOrElse(ticked::add, () -> problems.add(new Violation(at,
                        "unknown indicator '" + id + "': pack " + pack.id() + " (version " + pack.version() + ") has no indicator with this id")));
            }
        }
        return new TickedIndicators(ticked.stream().filter(indicator -> !indicator.protective()).toList(),
                ticked.stream().filter(Indicator::protective).toList());
    }

    /** Both sets, each indicator once, in the order first ticked. */
    TickedIndicators plus(TickedIndicators other) {
        return new TickedIndicators(distinct(counted, other.counted), distinct(protective, other.protective));
    }

    /** The counted indicators that are about the household rather than the child ({@link HouseholdFacts}). */
    TickedIndicators household() {
        return new TickedIndicators(counted.stream().filter(HouseholdFacts::aboutTheHousehold).toList(), List.of());
    }

    /** The highest level among the counted indicators sets the floor of the recommendation; with none it is level 1. */
    int floor() {
        return counted.stream().mapToInt(Indicator::level).max().orElse(1);
    }

    /** The counted indicators at the floor: the ones that set it. */
    List<Indicator> atFloor() {
        int floor = floor();
        return counted.stream().filter(indicator -> indicator.level() == floor).toList();
    }

    Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        counted.forEach(indicator -> tags.addAll(indicator.tags()));
        return tags;
    }

    Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        counted.forEach(indicator -> ids.add(indicator.id()));
        return ids;
    }

    private static List<Indicator> distinct(List<Indicator> first, List<Indicator> second) {
        return List.copyOf(Stream.concat(first.stream(), second.stream()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }
}
