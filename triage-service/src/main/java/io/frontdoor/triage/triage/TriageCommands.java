package io.frontdoor.triage.triage;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** What a worker, a manager or the contact feed asks of a triage (imperative). */
public final class TriageCommands {

    private TriageCommands() {
    }

    public record OpenTriage(@TargetAggregateIdentifier String contactId, ContactSubmission submission, Instant receivedAt,
                             Recommended recommended, Map<String, Object> recommendation, String recommendationProblem, String rag,
                             Instant decisionDueAt, boolean outOfHours, AuthorisationRules authorisation,
                             boolean policeDomesticAbuseNotification, Instant outcomeDueAt, List<ChildLink> childLinks) {
    }

    /**
     * The referrer updated the contact (intake's ContactUpdated): the pack's advice on the new submission
     * ({@code recommended} null, with {@code recommendationProblem}, when the engine could not judge it) and the decision
     * due time that advice would set from when the update was recorded.
     */
    public record ReevaluateTriage(@TargetAggregateIdentifier String contactId, int updateNumber, List<String> changes,
                                   String sentBy, Recommended recommended, Map<String, Object> recommendation,
                                   String recommendationProblem, Instant decisionDueAt) {
    }

    /**
     * {@code status}: {@link #LINKED}, or {@link #POSSIBLE} when what matched (the NHS number, say) is contradicted by the
     * rest (the name or date of birth): then {@code reason} says what disagrees, and the contact is not part of that
     * child's history until a worker confirms the link.
     */
    public record ChildLink(int childIndex, String childId, String matchedBy, int previousContactsIn12Months,
                            boolean previouslySubjectToPlanOrReferral, String status, String reason) {

        public static final String LINKED = "LINKED";
        public static final String POSSIBLE = "POSSIBLE";
        /** {@code matchedBy} of a child the index had not seen: nothing to confirm or undo. */
        public static final String NEW_CHILD = "NEW_CHILD";

        public boolean possible() {
            return POSSIBLE.equals(status);
        }
    }

    public record ReviewChildLink(@TargetAggregateIdentifier String contactId, int childIndex, boolean confirmed, String reviewedBy) {
    }

    public record AllocateTriage(@TargetAggregateIdentifier String contactId, String worker, String allocatedBy) {
    }

    public record RequestPartnerCheck(@TargetAggregateIdentifier String contactId, String agency, String question, String requestedBy) {
    }

    public record RecordPartnerCheckResponse(@TargetAggregateIdentifier String contactId, String checkId, String response,
                                             String recordedBy) {
    }

    /**
     * {@code expectedVersion}: the triage version the worker decided on; a concurrent change makes this a conflict.
     * {@code levelRank}, {@code routes} and {@code rationale} are every child's decision, except where {@code children}
     * varies it for a child (without {@code children}, the decision is every child's).
     */
    public record RecordDecision(@TargetAggregateIdentifier String contactId, int levelRank, List<String> routes, String rationale,
                                 String decidedBy, @TargetAggregateVersion Long expectedVersion, List<ChildDecision> children) {
        public RecordDecision {
            children = children == null ? List.of() : List.copyOf(children);
        }

        public RecordDecision(String contactId, int levelRank, List<String> routes, String rationale, String decidedBy,
                              Long expectedVersion) {
            this(contactId, levelRank, routes, rationale, decidedBy, expectedVersion, List.of());
        }
    }

    /**
     * The decision for one child where it differs from the rest: {@code childIndex} is its place in the contact's children
     * (from 0); a field left null is the decision for every child.
     */
    public record ChildDecision(int childIndex, Integer levelRank, List<String> routes, String rationale) {
    }

    /** A decision changed by a professional disagreement ({@code escalationId}): recorded beside the first, which history keeps. */
    public record ReviseDecision(@TargetAggregateIdentifier String contactId, int levelRank, List<String> routes, String rationale,
                                 String revisedBy, String escalationId, List<ChildDecision> children) {
        public ReviseDecision {
            children = children == null ? List.of() : List.copyOf(children);
        }

        public ReviseDecision(String contactId, int levelRank, List<String> routes, String rationale, String revisedBy,
                              String escalationId) {
            this(contactId, levelRank, routes, rationale, revisedBy, escalationId, List.of());
        }
    }

    /**
     * A worker's review of a decision flagged by an update: {@code outcome} a {@link ReviewOutcome}, {@code rationale} why.
     * To revise, {@code levelRank}, {@code routes} and {@code children} are the new decision, as in {@link RecordDecision}.
     */
    public record ReviewFlaggedDecision(@TargetAggregateIdentifier String contactId, String outcome, String rationale,
                                        String reviewedBy, Integer levelRank, List<String> routes, List<ChildDecision> children) {
        public ReviewFlaggedDecision {
            routes = routes == null ? List.of() : List.copyOf(routes);
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    /** The weekly DA triage meeting decided the next steps for a notification routed to it. */
    public record RecordDaTriageOutcome(@TargetAggregateIdentifier String contactId, String meetingId, List<String> routes,
                                        String rationale, String decidedBy) {
    }

    public record AuthoriseDecision(@TargetAggregateIdentifier String contactId, String manager) {
    }

    public record ReturnDecision(@TargetAggregateIdentifier String contactId, String manager, String reason) {
    }

    /** {@code childIndexes}: the children the discussion was about; empty for every child routed to it whose outcome is not yet recorded. */
    public record RecordStrategyDiscussionOutcome(@TargetAggregateIdentifier String contactId, boolean section47Enquiry,
                                                  String participants, String recordedBy, List<Integer> childIndexes) {
        public RecordStrategyDiscussionOutcome {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public RecordStrategyDiscussionOutcome(String contactId, boolean section47Enquiry, String participants, String recordedBy) {
            this(contactId, section47Enquiry, participants, recordedBy, List.of());
        }
    }

    public record RecordFeedbackSent(@TargetAggregateIdentifier String contactId, String kind, String method, String sentBy,
                                     String message) {
    }

    /** A worker closes a contact that cannot be fed back or needs no further work; {@code reason} a {@link ClosureReason}. */
    public record CloseTriage(@TargetAggregateIdentifier String contactId, String reason, String duplicateOf, String note,
                              String closedBy) {
    }
}
