package io.frontdoor.triage.threshold.pack;

/** The three sides of the Assessment Framework triangle; {@link #idSegment()} is the word used inside indicator ids. */
public enum Domain {
    CHILD_DEVELOPMENT("child"),
    PARENTING_CAPACITY("parenting"),
    FAMILY_ENVIRONMENT("family");

    private final String idSegment;

    Domain(String idSegment) {
        this.idSegment = idSegment;
    }

    public String idSegment() {
        return idSegment;
    }
}
