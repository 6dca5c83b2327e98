package io.frontdoor.triage.threshold;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The indicators a contact ticked, split into those that count towards the level and the protective factors that
 * never do. An id the pack does not know is an error, never a silent skip.
 */
record TickedIndicators(List<Indicator> counted, List<Indicator> protective) {

    static TickedIndicators resolve(Pack pack, List<String> ids) {
        List<Violation> unknown = new ArrayList<>();
        Set<Indicator> ticked = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = "concerns.indicatorIds[" + i + "]";
            if (id == null || id.isBlank()) {
                unknown.add(new Violation(field, "an indicator id is empty"));
            } else {
                pack.indicator(id).ifPresentOrElse(ticked::add, () -> unknown.add(new Violation(field,
                        "unknown indicator '" + id + "': pack " + pack.id() + " (version " + pack.version() + ") has no indicator with this id")));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSubmissionException(unknown);
        }
        return new TickedIndicators(ticked.stream().filter(indicator -> !indicator.protective()).toList(),
                ticked.stream().filter(Indicator::protective).toList());
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
}
