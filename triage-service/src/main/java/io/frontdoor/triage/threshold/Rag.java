package io.frontdoor.triage.threshold;

/** Urgency of a contact, in rising order: GREEN &lt; AMBER &lt; RED. */
public enum Rag {
    GREEN,
    AMBER,
    RED;

    /** The more urgent of the two; {@code null} counts as no opinion. */
    public Rag atLeast(Rag other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
