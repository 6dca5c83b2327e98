package io.frontdoor.intake.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdoor.kernel.event.triage.LevelV1;
import java.time.Instant;
import java.util.List;

/**
 * One message on {@code frontdoor.partner-feedback.v1}, keyed by the sender's reference ({@code externalReference}).
 * It holds only what the referrer may see: never a worker's rationale, never another agency's information.
 * {@code feedbackId} is unique per message (delivery is at least once: de-duplicate on it).
 * Schema: {@code schemas/partner-feedback/partner-feedback.v1.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerFeedbackV1(String feedbackId, Kind kind, String sender, String externalReference, String contactId,
                                String referrerAgency, String referrerAgencyName, Instant occurredAt, Integer updateNumber,
                                List<String> changes, LevelV1 level,
                                List<Route> routes, Boolean acceptedForSocialCare, Boolean revision, String feedbackKind,
                                String message, String whatHappensNext, FrontDoorContact contact, List<ChildOutcome> children) {

    public static final String TYPE = "partner-feedback";
    public static final int VERSION = 1;

    /** ACKNOWLEDGEMENT on receipt, and of each update ({@code updateNumber}, {@code changes}); DECISION once decided (and authorised where needed); ROUTED per route taken;
     *  FEEDBACK when a worker sends the referrer feedback; CLOSED when the front door's work is done. */
    public enum Kind { ACKNOWLEDGEMENT, DECISION, ROUTED, FEEDBACK, CLOSED }

    /** A route in plain words; {@code localName} is the partnership's own name for it, when known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Route(String code, String name, String localName) {
    }

    /**
     * One child of the referral (all of them were named by this referrer): on a DECISION its level, routes and outcome in
     * plain words; on a ROUTED message, which children the route is for. {@code name} is the given name only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChildOutcome(int index, String name, LevelV1 level, List<Route> routes, Boolean acceptedForSocialCare,
                               String outcome) {
    }

    /** Who the referrer can contact about this referral. */
    public record FrontDoorContact(String team, String phone, String email) {
    }
}
