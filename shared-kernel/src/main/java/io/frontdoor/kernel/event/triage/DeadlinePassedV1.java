package io.frontdoor.kernel.event.triage;

import java.time.Instant;

/**
 * A timescale was missed. {@code deadline}: DECISION, PARTNER_CHECK, FEEDBACK_NOT_ACCEPTED, OUTCOME_TO_REFERRER,
 * AUTHORISATION, LADO, ... ; {@code reference} names the item (e.g. the check id); {@code notifyRole} is the role told.
 */
public record DeadlinePassedV1(String contactId, String deadline, String reference, Instant dueAt, Instant passedAt, String notifyRole) {

    public static final String TYPE = "DeadlinePassed";
}
