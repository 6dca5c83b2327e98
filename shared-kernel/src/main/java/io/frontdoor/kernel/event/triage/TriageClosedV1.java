package io.frontdoor.kernel.event.triage;

/**
 * The front door's work on the contact is done. {@code outcome} is {@code DECIDED_AND_FED_BACK} when the outcome feedback
 * closed it, else the reason a worker closed it ({@code ANONYMOUS_REFERRER}, {@code DUPLICATE},
 * {@code REFERRER_TOLD_ANOTHER_WAY}, {@code NO_FURTHER_WORK}); then {@code closedBy} is who closed it, {@code duplicateOf}
 * the contact it duplicates (for {@code DUPLICATE}) and {@code note} what the worker added. The three are null when the
 * outcome feedback closed it.
 */
public record TriageClosedV1(String contactId, String outcome, String closedBy, String duplicateOf, String note) {

    public static final String TYPE = "TriageClosed";

    public TriageClosedV1(String contactId, String outcome) {
        this(contactId, outcome, null, null, null);
    }
}
