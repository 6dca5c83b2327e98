package io.frontdoor.kernel.event.triage;

import java.time.Instant;

/**
 * A clock for feedback to the referrer started: {@code kind} NOT_ACCEPTED (when a decision not to accept is made) or
 * OUTCOME (when the triage opens), due by {@code dueAt} as the pack's calendar computed it. Without it, readers can only
 * assume the pack's usual 24 and 72 hours.
 */
public record FeedbackDueV1(String contactId, String kind, Instant dueAt) {

    public static final String TYPE = "FeedbackDue";
}
