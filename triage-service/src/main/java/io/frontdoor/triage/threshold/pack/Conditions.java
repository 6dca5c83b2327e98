package io.frontdoor.triage.threshold.pack;

import java.util.List;

/**
 * The {@code when} of a rule. Every condition given must hold; inside one list any item will do, except
 * {@code allFacts}. The age conditions must all hold for the same born child.
 */
public record Conditions(List<String> anyFacts, List<String> allFacts, List<String> noneFacts,
                         List<String> anyIndicators, Integer childAgeUnderMonths, Integer childAgeUnderYears,
                         Integer childAgeAtLeastYears, Integer levelAtLeast) {

    public Conditions {
        anyFacts = copy(anyFacts);
        allFacts = copy(allFacts);
        noneFacts = copy(noneFacts);
        anyIndicators = copy(anyIndicators);
    }

    public boolean holdFor(Circumstances circumstances, int levelSoFar) {
        return (anyFacts.isEmpty() || anyFacts.stream().anyMatch(circumstances::hasFact))
                && allFacts.stream().allMatch(circumstances::hasFact)
                && noneFacts.stream().noneMatch(circumstances::hasFact)
                && (anyIndicators.isEmpty() || anyIndicators.stream().anyMatch(circumstances::hasIndicator))
                && (levelAtLeast == null || levelSoFar >= levelAtLeast)
                && (!hasAgeCondition() || circumstances.childAges().stream().anyMatch(this::ageHolds));
    }

    public boolean hasAgeCondition() {
        return childAgeUnderMonths != null || childAgeUnderYears != null || childAgeAtLeastYears != null;
    }

    private boolean ageHolds(ChildAge age) {
        return (childAgeUnderMonths == null || age.months() < childAgeUnderMonths)
                && (childAgeUnderYears == null || age.years() < childAgeUnderYears)
                && (childAgeAtLeastYears == null || age.years() >= childAgeAtLeastYears);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
