package io.frontdoor.triage.threshold.engine;

import io.frontdoor.triage.threshold.pack.Domain;
import io.frontdoor.triage.threshold.pack.Indicator;
import java.util.Set;

/**
 * What is about the household rather than one child, so reaches every child a contact names, whichever child it was
 * ticked on: domestic abuse, adult mental health and substance misuse — the seeds' "trilogy of risk" (003 lines
 * 643-647: "Where there is evidence of the trilogy of risk being present ... domestic abuse - adult mental health issues
 * - substance use") and North Lincolnshire's DA triage "where a) children live in the household or are affected by the
 * domestic abuse" (000 line 424).
 * <p>
 * Such a tag on any child's indicator is a fact for every child. A parenting-capacity or family-environment indicator
 * carrying one also counts towards every child's level; a child-development indicator (a child witnessing domestic
 * abuse) stays that child's own need.
 */
final class HouseholdFacts {

    static final Set<String> TAGS = Set.of("domestic-abuse", "adult-mental-health", "substance-misuse");

    private HouseholdFacts() {
    }

    static boolean aboutTheHousehold(Indicator indicator) {
        return indicator.domain() != Domain.CHILD_DEVELOPMENT && indicator.tags().stream().anyMatch(TAGS::contains);
    }

    static Set<String> of(TickedIndicators ticked) {
        Set<String> facts = new java.util.LinkedHashSet<>(ticked.tags());
        facts.retainAll(TAGS);
        return facts;
    }
}
