package io.frontdoor.triage.threshold.engine;

/**
 * What the front door's child index knows of one child before this contact: earlier contacts about the child in the 12
 * months before it (and how many of them were domestic-abuse notifications), and whether an earlier contact was
 * accepted for a social-care response. The engine turns it into facts ({@link DerivedFacts#of(ChildHistory)}) that a
 * pack's rules may test where its threshold document says repeat contacts change something.
 */
public record ChildHistory(int previousContactsIn12Months, int previousDomesticAbuseNotificationsIn12Months,
                           boolean previouslyReferred) {

    public static final ChildHistory NONE = new ChildHistory(0, 0, false);
}
