package io.frontdoor.kernel.event.triage;

import java.time.Instant;
import java.util.List;

/**
 * The front door opened its triage of a contact: who it is about, who referred, the recommendation, urgency and
 * the decision due time. {@code outOfHours} says the contact arrived outside the pack's office hours.
 */
public record TriageOpenedV1(String contactId, String packId, List<ChildSummary> children, Instant receivedAt,
                             String referrerAgency, String referrerAgencyName, String externalReference, String channel,
                             RecommendationV1 recommendation, String rag, Instant decisionDueAt, boolean outOfHours) {

    public static final String TYPE = "TriageOpened";
}
