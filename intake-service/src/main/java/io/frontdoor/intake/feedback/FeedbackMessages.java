package io.frontdoor.intake.feedback;

import io.frontdoor.intake.contact.PartnerFeedbackV1;
import io.frontdoor.intake.contact.PartnerFeedbackV1.ChildOutcome;
import io.frontdoor.intake.contact.PartnerFeedbackV1.FrontDoorContact;
import io.frontdoor.intake.contact.PartnerFeedbackV1.Kind;
import io.frontdoor.intake.contact.PartnerFeedbackV1.Route;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.feedback.RouteWording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes what a referring partner is told, from facts the referrer may see: the level, the routes in plain words, what
 * happens next and whom to contact. The worker's rationale, check results and who decided are never copied. A referral
 * naming several children says each child's outcome; every child in it was named by this referrer, and nothing about a
 * child of another referral is ever added.
 */
@Component
public class FeedbackMessages {

    static final String ACKNOWLEDGED_NEXT = "A front-door social worker will look at the referral and decide what happens next, "
            + "normally within one working day. The decision will be sent to you here.";
    static final String NOT_ACCEPTED = "The referral has not been accepted for a children's social care response.";
    static final String UPDATE_NEXT = "The update was added to the referral. A front-door social worker will look at what changed "
            + "and, if it makes the concern more serious, act on it sooner.";
    static final String CLOSED_NEXT = "The front door's work on this referral is complete.";

    private final FrontDoorContact contact;

    public FeedbackMessages(@Value("${frontdoor.partner-feedback.contact.team:Front Door (MASH) duty team}") String team,
                            @Value("${frontdoor.partner-feedback.contact.phone:01632 960000}") String phone,
                            @Value("${frontdoor.partner-feedback.contact.email:frontdoor@example.org}") String email) {
        this.contact = new FrontDoorContact(team, phone, email);
    }

    PartnerFeedbackV1 acknowledgement(String feedbackId, PartnerContact to, Instant at) {
        return message(feedbackId, Kind.ACKNOWLEDGEMENT, to, at, null, null, null, null, null, null, ACKNOWLEDGED_NEXT, null);
    }

    /** The referral was sent again with different content and kept as its {@code updateNumber}th update. */
    PartnerFeedbackV1 updateAcknowledgement(String feedbackId, PartnerContact to, Instant at, int updateNumber, List<String> changes) {
        return new PartnerFeedbackV1(feedbackId, Kind.ACKNOWLEDGEMENT, to.sender(), to.externalReference(), to.contactId(),
                to.referrerAgency(), to.referrerAgencyName(), at, updateNumber, List.copyOf(changes), null, null, null, null,
                null, null, UPDATE_NEXT, contact, null);
    }

    /** With several children: each child's outcome, and what happens next child by child ("Ada: ... Ben: ..."). */
    PartnerFeedbackV1 decision(String feedbackId, PartnerContact to, Instant at, HeldDecision decision) {
        List<Route> routes = decision.routes().stream().map(code -> route(code, null)).toList();
        List<ChildOutcome> children = decision.children().stream()
                .map(child -> new ChildOutcome(child.index(), child.name(), child.level(),
                        child.routes().stream().map(code -> route(code, null)).toList(), child.acceptedForSocialCare(),
                        next(child.acceptedForSocialCare(), child.routes())))
                .toList();
        String next = children.size() > 1
                ? String.join(" ", children.stream().map(child -> child.name() + ": " + child.outcome()).toList())
                : next(decision.acceptedForSocialCare(), decision.routes());
        return message(feedbackId, Kind.DECISION, to, at, decision.level(), routes, decision.acceptedForSocialCare(), decision.revision(),
                null, null, next, children.isEmpty() ? null : children);
    }

    private static String next(boolean accepted, List<String> routes) {
        List<String> next = new ArrayList<>();
        if (!accepted) {
            next.add(NOT_ACCEPTED);
        }
        routes.stream().map(code -> RouteWording.of(code).next()).filter(Objects::nonNull).forEach(next::add);
        return String.join(" ", next);
    }

    /** Says whom the route is for, by the children's given names, when the route names them. */
    PartnerFeedbackV1 routed(String feedbackId, PartnerContact to, Instant at, ContactRoutedV1 routed) {
        List<ChildOutcome> children = new ArrayList<>();
        for (int i = 0; i < routed.childIndexes().size() && i < routed.childNames().size(); i++) {
            children.add(new ChildOutcome(routed.childIndexes().get(i), routed.childNames().get(i), null, null, null, null));
        }
        String next = RouteWording.of(routed.route()).next();
        if (!children.isEmpty() && next != null) {
            next = "For " + String.join(" and ", children.stream().map(ChildOutcome::name).toList()) + ": " + next;
        }
        return message(feedbackId, Kind.ROUTED, to, at, null, List.of(route(routed.route(), routed.localName())), null, null,
                null, null, next, children.isEmpty() ? null : children);
    }

    PartnerFeedbackV1 feedback(String feedbackId, PartnerContact to, Instant at, FeedbackSentV1 sent) {
        return message(feedbackId, Kind.FEEDBACK, to, at, null, null, null, null, sent.kind(), sent.message(), null, null);
    }

    PartnerFeedbackV1 closed(String feedbackId, PartnerContact to, Instant at) {
        return message(feedbackId, Kind.CLOSED, to, at, null, null, null, null, null, null, CLOSED_NEXT, null);
    }

    private static Route route(String code, String localName) {
        return new Route(code, RouteWording.of(code).name(), localName);
    }

    private PartnerFeedbackV1 message(String feedbackId, Kind kind, PartnerContact to, Instant at, LevelV1 level, List<Route> routes,
                                      Boolean accepted, Boolean revision, String feedbackKind, String message, String next,
                                      List<ChildOutcome> children) {
        return new PartnerFeedbackV1(feedbackId, kind, to.sender(), to.externalReference(), to.contactId(), to.referrerAgency(),
                to.referrerAgencyName(), at, null, null, level, routes, accepted, revision, feedbackKind, message, next, contact, children);
    }
}
