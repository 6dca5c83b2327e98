package io.frontdoor.projection.partner;

import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.feedback.RouteWording;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.Decision;
import io.frontdoor.projection.contact.ContactClock;
import io.frontdoor.projection.escalation.Escalation;
import java.time.Instant;
import java.util.List;

/**
 * A referral as its referrer sees it: the status in the referrer's words, what the front door told them and, once
 * decided, the decision in plain words (level, routes and what happens next, as the partner feedback words them) — no
 * rationale, no one's name, no partner checks. {@code status}: RECEIVED, BEING_CONSIDERED, DECIDED or CLOSED;
 * {@code decision} is null until the decision is final (a decision waiting for a manager is not yet the referrer's).
 * {@code childOutcomes}: each child of the referral (all named by this referrer) with the services it was sent to.
 * {@code promises}: what the front door owes the referrer and by when (the decision, feedback when not accepted, the
 * outcome), each with whether it was kept. {@code disagreements}: those the referrer's agency raised, with each stage.
 */
public record PartnerReferral(String contactId, String externalReference, Instant receivedAt, List<String> children,
                              String status, String outcome, List<FeedbackToReferrer> feedback, Instant closedAt,
                              DecisionToReferrer decision, List<ChildOutcome> childOutcomes, List<Promise> promises,
                              List<DisagreementToReferrer> disagreements) {

    /** The clocks a referrer is promised an answer by, in the order they run. */
    static final List<String> PROMISED = List.of(ContactClock.DECISION, ContactClock.FEEDBACK_NOT_ACCEPTED, ContactClock.OUTCOME_TO_REFERRER);

    /**
     * {@code kind}: DECISION, FEEDBACK_NOT_ACCEPTED or OUTCOME_TO_REFERRER; {@code kept}: true when done in time, false
     * when late or overdue, null while still due.
     */
    public record Promise(String kind, Instant dueAt, Instant doneAt, Boolean kept) {
    }

    /** A disagreement the referrer raised: its reason, level and each stage's role, limit and outcome (no one's name). */
    public record DisagreementToReferrer(String escalationId, Instant raisedAt, String reason, String concernLevel,
                                         List<StageToReferrer> stages, String outcome, Instant resolvedAt) {
    }

    public record StageToReferrer(int stage, String role, Instant startedAt, Instant dueAt, Instant endedAt, String outcome,
                                  boolean overdue) {
    }

    public record FeedbackToReferrer(String kind, Instant sentAt, String method, String message) {
    }

    public record DecisionToReferrer(Instant decidedAt, LevelV1 level, boolean acceptedForSocialCare, List<RouteToReferrer> routes) {
    }

    /** A route in plain words ({@link RouteWording}), the partnership's own name for it when routed, and what happens next. */
    public record RouteToReferrer(String code, String name, String localName, String whatHappensNext) {
    }

    /** A child by its given name, and the routes it was sent on by the partnership's names (empty until routed). */
    public record ChildOutcome(String name, List<String> routes) {
    }

    static PartnerReferral of(ContactCase contact, List<Escalation> escalations, Instant now) {
        List<FeedbackToReferrer> feedback = contact.feedback().stream()
                .map(f -> new FeedbackToReferrer(f.kind(), f.sentAt(), f.method(), f.message())).toList();
        String outcome = feedback.stream().filter(f -> "OUTCOME".equals(f.kind())).reduce((first, second) -> second)
                .map(FeedbackToReferrer::message).orElse(null);
        List<String> children = contact.children().stream()
                .map(c -> String.join(" ", c.givenName() == null ? "" : c.givenName(), c.familyName() == null ? "" : c.familyName()).trim())
                .toList();
        List<ChildOutcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            int index = i;
            var child = contact.children().get(i);
            String name = child.givenName() != null && !child.givenName().isBlank() ? child.givenName()
                    : child.dateOfBirth() == null ? "Unborn baby (child " + (i + 1) + ")" : "Child " + (i + 1);
            outcomes.add(new ChildOutcome(name, contact.routes().stream().filter(route -> route.concerns(index))
                    .map(route -> route.localName() != null ? route.localName() : route.route()).distinct().toList()));
        }
        List<Promise> promises = contact.timescales().stream().filter(clock -> PROMISED.contains(clock.kind()))
                .sorted(java.util.Comparator.comparing(clock -> PROMISED.indexOf(clock.kind())))
                .map(clock -> new Promise(clock.kind(), clock.dueAt(), clock.doneAt(), clock.met(now))).toList();
        List<DisagreementToReferrer> disagreements = escalations.stream()
                .filter(escalation -> contact.referrerAgency() != null && contact.referrerAgency().equals(escalation.raisedByAgency()))
                .map(PartnerReferral::disagreement).toList();
        return new PartnerReferral(contact.contactId(), contact.externalReference(), contact.receivedAt(), children,
                status(contact.status()), outcome, feedback, contact.closedAt(), decision(contact), outcomes, promises, disagreements);
    }

    private static DisagreementToReferrer disagreement(Escalation escalation) {
        return new DisagreementToReferrer(escalation.escalationId(), escalation.raisedAt(), escalation.reason(),
                escalation.concernLevel(), escalation.stages().stream().map(stage -> new StageToReferrer(stage.stage(), stage.role(),
                        stage.startedAt(), stage.dueAt(), stage.endedAt(), stage.outcome(), stage.overdue())).toList(),
                escalation.outcome(), escalation.resolvedAt());
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
