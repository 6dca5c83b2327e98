package io.frontdoor.kernel.event.triage;

/** A manager returned a pending decision to the worker, with the reason. */
public record DecisionReturnedV1(String contactId, String decisionId, String returnedBy, String reason) {

    public static final String TYPE = "DecisionReturned";
}
