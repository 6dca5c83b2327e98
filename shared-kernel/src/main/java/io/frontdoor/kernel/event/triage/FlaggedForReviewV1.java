package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * An update raised the level, urgency or routes of a contact already decided ({@code triageStatus}): the decision is
 * not changed by it — a worker must review it. {@code worker} is the allocated worker, if any.
 */
public record FlaggedForReviewV1(String contactId, int updateNumber, List<String> raised, String triageStatus,
                                 String worker, String reason) {

    public static final String TYPE = "FlaggedForReview";
}
