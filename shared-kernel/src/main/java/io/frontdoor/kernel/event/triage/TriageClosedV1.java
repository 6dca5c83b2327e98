package io.frontdoor.kernel.event.triage;

/** The front door's work on the contact is done: decided, routed and fed back. */
public record TriageClosedV1(String contactId, String outcome) {

    public static final String TYPE = "TriageClosed";
}
