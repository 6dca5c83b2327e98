package io.frontdoor.kernel.event.triage;

/**
 * A child named in a contact was linked to a child the front door has seen before (or recorded as new).
 * {@code matchedBy}: NHS_NUMBER, NAME_DOB_POSTCODE or NEW_CHILD. {@code childIndex} is the child's position in the contact.
 */
public record ContactLinkedToChildV1(String contactId, int childIndex, String childId, String matchedBy,
                                     int previousContactsIn12Months, boolean previouslySubjectToPlanOrReferral) {

    public static final String TYPE = "ContactLinkedToChild";
}
