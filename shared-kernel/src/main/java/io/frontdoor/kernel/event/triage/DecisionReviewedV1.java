package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * A worker reviewed a decision that updates had flagged ({@code FlaggedForReview} for each of {@code updateNumbers}): the
 * flag is cleared. {@code outcome} {@code DECISION_STANDS}, or {@code DECISION_REVISED} with the id of the revised decision
 * ({@code decisionId}, a {@code DecisionRecorded} with {@code revised} true, published before this event).
 */
public record DecisionReviewedV1(String contactId, List<Integer> updateNumbers, String outcome, String rationale,
                                 String reviewedBy, String decisionId) {

    public static final String TYPE = "DecisionReviewed";
}
