package io.frontdoor.kernel.event.triage;

/** A worker confirmed ({@code confirmed = true}) or undid a link between a contact's child and a known child. */
public record ChildLinkReviewedV1(String contactId, int childIndex, String childId, boolean confirmed, String reviewedBy) {

    public static final String TYPE = "ChildLinkReviewed";
}
