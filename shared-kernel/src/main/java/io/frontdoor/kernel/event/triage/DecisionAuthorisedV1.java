package io.frontdoor.kernel.event.triage;

/** A manager authorised a pending decision. */
public record DecisionAuthorisedV1(String contactId, String decisionId, String authorisedBy) {

    public static final String TYPE = "DecisionAuthorised";
}
