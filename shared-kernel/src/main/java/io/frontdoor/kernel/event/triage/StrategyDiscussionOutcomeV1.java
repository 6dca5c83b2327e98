package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * The strategy discussion was held: whether a section 47 enquiry follows, and who took part. {@code childIndexes} are the
 * children it was about (empty in events recorded before it was per child: every child routed to it).
 */
public record StrategyDiscussionOutcomeV1(String contactId, boolean section47Enquiry, String participants, String recordedBy,
                                          List<Integer> childIndexes) {

    public static final String TYPE = "StrategyDiscussionOutcomeRecorded";

    public StrategyDiscussionOutcomeV1 {
        childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
    }

    public StrategyDiscussionOutcomeV1(String contactId, boolean section47Enquiry, String participants, String recordedBy) {
        this(contactId, section47Enquiry, participants, recordedBy, List.of());
    }
}
