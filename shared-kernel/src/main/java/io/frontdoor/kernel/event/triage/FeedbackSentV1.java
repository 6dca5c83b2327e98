package io.frontdoor.kernel.event.triage;

/**
 * Feedback went to the referrer. {@code kind}: NOT_ACCEPTED (the 24-hour feedback when a contact is not accepted for a
 * social-care response) or OUTCOME (the 72-hour outcome). {@code method}: PHONE, EMAIL, LETTER, PARTNER_FEED.
 * {@code message} is what the referrer was told: only facts the referrer may see.
 */
public record FeedbackSentV1(String contactId, String kind, String method, String sentBy, String message) {

    public static final String TYPE = "FeedbackSent";
}
