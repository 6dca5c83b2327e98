package io.frontdoor.projection.chronology;

import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.Decision;
import java.time.Instant;
import java.util.List;

/**
 * A chronology of significant events for one child: every contact about them, with this child's own decisions and
 * routes (where a contact named several children), oldest first; a contact within 12 months (365 days) of the one before
 * is flagged as a re-contact.
 */
public record ChildChronology(String childId, String name, String age, int recontactsWithin12Months,
                              List<ContactEntry> contacts, List<Sibling> siblings, List<HouseholdAdult> household) {

    /** {@code childIndex}: which child of the contact this one is; {@code decisions} and {@code routes} are this child's. */
    public record ContactEntry(String contactId, int childIndex, Instant receivedAt, String referrerAgency, String referrerAgencyName,
                               String matchedBy, String linkReview, String rag, String status,
                               boolean recontactWithin12Months, Instant previousContactAt,
                               List<Decision> decisions, List<ContactCase.Routing> routes,
                               Boolean section47Enquiry, Instant closedAt, String outcome) {
    }

    /** Another child named with this one, and the contacts they share. */
    public record Sibling(String childId, String name, String age, List<String> sharedContacts) {
    }

    /** An adult named in this child's contacts. */
    public record HouseholdAdult(String name, String relationship, List<String> namedInContacts) {
    }
}
