package io.frontdoor.projection.partner;

import io.frontdoor.projection.contact.ContactCase;
import java.time.Instant;
import java.util.List;

/**
 * A referral as its referrer sees it: the status in the referrer's words and what the front door told them, no more
 * (no level, no rationale, no partner checks). {@code status}: RECEIVED, BEING_CONSIDERED, DECIDED or CLOSED.
 */
public record PartnerReferral(String contactId, String externalReference, Instant receivedAt, List<String> children,
                              String status, String outcome, List<FeedbackToReferrer> feedback, Instant closedAt) {

    public record FeedbackToReferrer(String kind, Instant sentAt, String method, String message) {
    }

    static PartnerReferral of(ContactCase contact) {
        List<FeedbackToReferrer> feedback = contact.feedback().stream()
                .map(f -> new FeedbackToReferrer(f.kind(), f.sentAt(), f.method(), f.message())).toList();
        String outcome = feedback.stream().filter(f -> "OUTCOME".equals(f.kind())).reduce((first, second) -> second)
                .map(FeedbackToReferrer::message).orElse(null);
        List<String> children = contact.children().stream()
                .map(c -> String.join(" ", c.givenName() == null ? "" : c.givenName(), c.familyName() == null ? "" : c.familyName()).trim())
                .toList();
        return new PartnerReferral(contact.contactId(), contact.externalReference(), contact.receivedAt(), children,
                status(contact.status()), outcome, feedback, contact.closedAt());
    }

    private static String status(ContactCase.Status status) {
        return switch (status) {
            case RECEIVED -> "RECEIVED";
            case IN_TRIAGE, AWAITING_AUTHORISATION -> "BEING_CONSIDERED";
            case DECIDED -> "DECIDED";
            case CLOSED -> "CLOSED";
        };
    }
}
