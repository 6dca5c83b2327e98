package io.frontdoor.projection.partner;

import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.feedback.RouteWording;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.Decision;
import java.time.Instant;
import java.util.List;

/**
 * A referral as its referrer sees it: the status in the referrer's words, what the front door told them and, once
 * decided, the decision in plain words (level, routes and what happens next, as the partner feedback words them) — no
 * rationale, no one's name, no partner checks. {@code status}: RECEIVED, BEING_CONSIDERED, DECIDED or CLOSED;
 * {@code decision} is null until the decision is final (a decision waiting for a manager is not yet the referrer's).
 */
public record PartnerReferral(String contactId, String externalReference, Instant receivedAt, List<String> children,
                              String status, String outcome, List<FeedbackToReferrer> feedback, Instant closedAt,
                              DecisionToReferrer decision) {

    public record FeedbackToReferrer(String kind, Instant sentAt, String method, String message) {
    }

    public record DecisionToReferrer(Instant decidedAt, LevelV1 level, boolean acceptedForSocialCare, List<RouteToReferrer> routes) {
    }

    /** A route in plain words ({@link RouteWording}), the partnership's own name for it when routed, and what happens next. */
    public record RouteToReferrer(String code, String name, String localName, String whatHappensNext) {
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
                status(contact.status()), outcome, feedback, contact.closedAt(), decision(contact));
    }

    private static DecisionToReferrer decision(ContactCase contact) {
        Decision decision = contact.decision();
        boolean fin = contact.status() == ContactCase.Status.DECIDED || contact.status() == ContactCase.Status.CLOSED;
        if (!fin || decision == null || "PENDING".equals(decision.authorisation())) {
            return null;
        }
        List<RouteToReferrer> routes = decision.routes().stream().map(code -> {
            RouteWording.Wording wording = RouteWording.of(code);
            String localName = contact.routes().stream().filter(r -> r.route().equals(code)).map(ContactCase.Routing::localName)
                    .findFirst().orElse(null);
            return new RouteToReferrer(code, wording.name(), localName, wording.next());
        }).toList();
        return new DecisionToReferrer(decision.recordedAt(), decision.level(), decision.acceptedForSocialCare(), routes);
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
