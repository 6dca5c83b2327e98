package io.frontdoor.kernel.event.triage;

/**
 * A child named in a contact was linked to a child the front door has seen before (or recorded as new).
 * {@code matchedBy}: NHS_NUMBER, NAME_DOB_POSTCODE, CHILD_ID (Front Door referred the child itself: an early-help
 * step-up) or NEW_CHILD. {@code childIndex} is the child's position in the contact. {@code status}: LINKED, or POSSIBLE
 * when what matched is contradicted by the rest (same NHS number, another name or date of birth): {@code reason} says
 * what disagrees (never the values), and a worker confirms or undoes it ({@link ChildLinkReviewedV1}); until then the
 * contact is not part of that child's history. A link a worker undid is followed by a NEW_CHILD link of the same child
 * index. Events published before possible matches existed have no status: LINKED.
 */
public record ContactLinkedToChildV1(String contactId, int childIndex, String childId, String matchedBy,
                                     int previousContactsIn12Months, boolean previouslySubjectToPlanOrReferral,
                                     String status, String reason) {

    public static final String TYPE = "ContactLinkedToChild";
}
