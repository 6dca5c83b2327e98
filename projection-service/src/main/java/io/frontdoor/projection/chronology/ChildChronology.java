package io.frontdoor.projection.chronology;

import io.frontdoor.projection.contact.ChildView;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.Decision;
import java.time.Instant;
import java.util.List;

/**
 * A chronology of significant events for one child: every contact about them, with its decisions and routes, oldest
 * first; a contact within 12 months (365 days) of the one before is flagged as a re-contact. {@code names}: every name
 * the child was recorded under, first recorded first ({@code name} is the latest). A contact only possibly about this
 * child ({@code linkStatus} POSSIBLE, with {@code linkReason}) is listed for a worker to confirm or undo, but counts
 * for nothing else: not in the name, re-contacts, siblings or household.
 */
public record ChildChronology(String childId, String name, List<String> names, String age, int recontactsWithin12Months,
                              List<ContactEntry> contacts, List<Sibling> siblings, List<HouseholdAdult> household) {

    /** {@code recordedAs}: the child as this contact named them. {@code linkStatus}: LINKED, POSSIBLE or CONFIRMED. */
    public record ContactEntry(String contactId, Instant receivedAt, String referrerAgency, String referrerAgencyName,
                               ChildView recordedAs, String matchedBy, String linkStatus, String linkReason, String linkReview,
                               String rag, String status,
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
