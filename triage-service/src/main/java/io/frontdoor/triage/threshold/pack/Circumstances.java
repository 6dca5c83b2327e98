package io.frontdoor.triage.threshold.pack;

import java.util.List;
import java.util.Set;

/**
 * What the rules of a pack look at: the facts (tags of the counted indicators plus the {@link DerivedFactNames derived facts}), the ids
 * of the counted indicators, and the ages of the born children on the day the contact was received.
 */
public record Circumstances(Set<String> facts, Set<String> indicatorIds, List<ChildAge> childAges) {

    public Circumstances {
        facts = Set.copyOf(facts);
        indicatorIds = Set.copyOf(indicatorIds);
        childAges = List.copyOf(childAges);
    }

    public boolean hasFact(String fact) {
        return facts.contains(fact);
    }

    public boolean hasIndicator(String indicatorId) {
        return indicatorIds.contains(indicatorId);
    }
}
