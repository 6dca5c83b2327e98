package io.frontdoor.kernel.event.triage;

/** The strategy discussion was held: whether a section 47 enquiry follows, and who took part. */
public record StrategyDiscussionOutcomeV1(String contactId, boolean section47Enquiry, String participants, String recordedBy) {

    public static final String TYPE = "StrategyDiscussionOutcomeRecorded";
}
