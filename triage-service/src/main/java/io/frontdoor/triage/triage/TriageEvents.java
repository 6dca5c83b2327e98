package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything that happens to a triage, as events (past tense). Each carries the contact id, the triage's id.
 * {@code *DeadlineId} fields are the persistent scheduler's ids, kept so a deadline whose step is done can be cancelled.
 */
public final class TriageEvents {

    private TriageEvents() {
    }

    /**
     * {@code recommendation} is the engine's advice as a JSON document (maps, lists, strings, numbers, booleans, nulls:
     * {@link RecommendationDocument}); null when it could not be produced (see {@code recommendationProblem}).
     */
    public record TriageOpened(String contactId, ContactSubmission submission, Instant receivedAt, Recommended recommended,
                               Map<String, Object> recommendation, String recommendationProblem, String rag, Instant decisionDueAt,
                               boolean outOfHours, AuthorisationRules authorisation, boolean policeDomesticAbuseNotification,
                               Instant outcomeDueAt, String decisionDeadlineId, String outcomeDeadlineId) {

        /** The triage opened as asked, its decision and outcome clocks started (their scheduler ids, null when not due). */
        static TriageOpened openedOn(TriageCommands.OpenTriage c, String decisionDeadlineId, String outcomeDeadlineId) {
            return new TriageOpened(c.contactId(), c.submission(), c.receivedAt(), c.recommended(), c.recommendation(),
                    c.recommendationProblem(), c.rag(), c.decisionDueAt(), c.outOfHours(), c.authorisation(),
                    c.policeDomesticAbuseNotification(), c.outcomeDueAt(), decisionDeadlineId, outcomeDeadlineId);
        }
    }

    /**
     * The pack was run again on an update of the contact. {@code raised}: what rose (LEVEL, RAG, ROUTES; empty when nothing
     * did). {@code recommended}, {@code rag} and {@code decisionDueAt} are those in force afterwards; the decision's
     * deadline was rescheduled ({@code decisionDeadlineId}) when the due time moved.
     */
    public record UpdateEvaluated(String contactId, int updateNumber, List<String> changes, String sentBy, List<String> raised,
                                  Map<String, Object> recommendation, String recommendationProblem,
                                  Recommended recommended, String rag, Instant decisionDueAt, Instant previousDecisionDueAt,
                                  String triageStatus, String decisionDeadlineId) {

        /**
         * The update weighed against the recommendation in force: what rose of it is in force now, and the decision is due
         * by {@code decisionDueAt} (was {@code previousDecisionDueAt}) on the clock {@code decisionDeadlineId}.
         */
        static UpdateEvaluated weighed(TriageCommands.ReevaluateTriage update, UpdateRise rise, Instant decisionDueAt,
                                       Instant previousDecisionDueAt, TriageStatus status, String decisionDeadlineId) {
            return new UpdateEvaluated(update.contactId(), update.updateNumber(), update.changes(), update.sentBy(), rise.raised(),
                    update.recommendation(), update.recommendationProblem(), rise.inForce(), rise.rag(), decisionDueAt,
                    previousDecisionDueAt, status.name(), decisionDeadlineId);
        }
    }

    /** An update raised an undecided contact: its worker ({@code alerted} WORKER) or, unallocated, the queue (QUEUE) is told. */
    public record UpdateAlert(String contactId, int updateNumber, List<String> raised, String alerted, String worker,
                              String message) {
    }

    /** An update raised a contact already decided: a worker must review the decision, which the update does not change. */
    public record FlaggedForReview(String contactId, int updateNumber, List<String> raised, String triageStatus, String worker,
                                   String reason) {
    }

    /**
     * A worker reviewed a decision flagged by updates ({@code updateNumbers}) and the flag is cleared: {@code outcome} a
     * {@link ReviewOutcome}; {@code decisionId} the revised decision when it was revised, else null.
     */
    public record DecisionReviewed(String contactId, List<Integer> updateNumbers, String outcome, String rationale,
                                   String reviewedBy, String decisionId) {
    }

    /** {@code status} LINKED or POSSIBLE (null in events recorded before there were possible matches: LINKED). */
    public record ContactLinkedToChild(String contactId, int childIndex, String childId, String matchedBy,
                                       int previousContactsIn12Months, boolean previouslySubjectToPlanOrReferral,
                                       String status, String reason) {

        /** The child as the index linked it when the triage opened. */
        static ContactLinkedToChild linked(String contactId, TriageCommands.ChildLink link) {
            return new ContactLinkedToChild(contactId, link.childIndex(), link.childId(), link.matchedBy(),
                    link.previousContactsIn12Months(), link.previouslySubjectToPlanOrReferral(), link.status(), link.reason());
        }

        /** A worker undid the index's link: the child is a child of its own, new to the index. */
        static ContactLinkedToChild undone(String contactId, int childIndex, String newChildId) {
            return new ContactLinkedToChild(contactId, childIndex, newChildId, TriageCommands.ChildLink.NEW_CHILD, 0, false,
                    TriageCommands.ChildLink.LINKED, "a worker undid the link to another child");
        }
    }

    public record ChildLinkReviewed(String contactId, int childIndex, String childId, boolean confirmed, String reviewedBy) {
    }

    public record TriageAllocated(String contactId, String worker, String allocatedBy, String previousWorker) {
    }

    public record PartnerCheckRequested(String contactId, String checkId, String agency, String question, Instant dueAt,
                                        String requestedBy, String deadlineId) {
    }

    public record PartnerCheckResponded(String contactId, String checkId, String agency, String response, String recordedBy) {
    }

    /** One child's own decision within a {@link DecisionRecorded}. */
    public record ChildDecided(int index, String name, LevelOfNeed level, List<String> routes, String rationale,
                               String overrideDirection, boolean authorisationRequired, String authorisationReason,
                               boolean acceptedForSocialCare) {
        public ChildDecided {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }

    /** The top-level fields are the contact as a whole; {@code children} each child's own (empty in older events: every child's). */
    public record DecisionRecorded(String contactId, String decisionId, LevelOfNeed level, List<String> routes, String rationale,
                                   String decidedBy, String overrideDirection, boolean authorisationRequired,
                                   String authorisationReason, boolean acceptedForSocialCare, boolean revision,
                                   Instant authorisationDueAt, String authorisationDeadlineId,
                                   List<TriageEvents.ChildDecided> children) {
        public DecisionRecorded {
            children = children == null ? List.of() : List.copyOf(children);
        }

        public DecisionRecorded(String contactId, String decisionId, LevelOfNeed level, List<String> routes,
                                String rationale, String decidedBy, String overrideDirection, boolean authorisationRequired,
                                String authorisationReason, boolean acceptedForSocialCare, boolean revision,
                                Instant authorisationDueAt, String authorisationDeadlineId) {
            this(contactId, decisionId, level, routes, rationale, decidedBy, overrideDirection, authorisationRequired,
                    authorisationReason, acceptedForSocialCare, revision, authorisationDueAt, authorisationDeadlineId, List.of());
        }

        /**
         * A decision as judged child by child: the contact's level, routes, override, authorisation and acceptance are the
         * children's together; {@code revision} when recorded beside a final one; the authorisation clock when it waits for a manager.
         */
        static DecisionRecorded judged(String contactId, String decisionId, LevelOfNeed level,
                                       ChildDecisions decisions, String rationale, String decidedBy, boolean revision,
                                       Instant authorisationDueAt, String authorisationDeadlineId) {
            return new DecisionRecorded(contactId, decisionId, level, decisions.routes(), rationale, decidedBy, decisions.override().name(),
                    decisions.authorisationRequired(), decisions.authorisationReason(), decisions.acceptedForSocialCare(), revision,
                    authorisationDueAt, authorisationDeadlineId, decisions.children());
        }
    }

    public record DecisionAuthorised(String contactId, String decisionId, String authorisedBy) {
    }

    public record DecisionReturned(String contactId, String decisionId, String returnedBy, String reason) {
    }

    /** {@code childIndexes}: the children sent on the route, {@code childNames} their given names (empty in older events: every child). */
    public record ContactRouted(String contactId, String route, String localName, Map<String, String> details, Instant dueAt,
                                List<Integer> childIndexes, List<String> childNames) {
        public ContactRouted {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
            childNames = childNames == null ? List.of() : List.copyOf(childNames);
        }

        public ContactRouted(String contactId, String route, String localName, Map<String, String> details, Instant dueAt,
                             List<Integer> childIndexes) {
            this(contactId, route, localName, details, dueAt, childIndexes, List.of());
        }

        public ContactRouted(String contactId, String route, String localName, Map<String, String> details, Instant dueAt) {
            this(contactId, route, localName, details, dueAt, List.of(), List.of());
        }
    }

    /**
     * The referrer is owed feedback by {@code dueAt} ({@link FeedbackKind}): NOT_ACCEPTED when a final decision does not
     * accept the contact for a social-care response (the pack's {@code feedbackNotAccepted}, from the decision), OUTCOME
     * when the triage opens (the pack's {@code outcomeToReferrer}, from receipt). Published as FeedbackDueV1 without
     * the scheduler's {@code deadlineId}.
     */
    public record FeedbackDue(String contactId, String kind, Instant dueAt, String deadlineId) {
    }

    /** {@code childIndexes}: the children the discussion was about (empty in older events: every child routed to it). */
    public record StrategyDiscussionOutcomeRecorded(String contactId, boolean section47Enquiry, String participants,
                                                    String recordedBy, List<Integer> childIndexes) {
        public StrategyDiscussionOutcomeRecorded {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public StrategyDiscussionOutcomeRecorded(String contactId, boolean section47Enquiry, String participants, String recordedBy) {
            this(contactId, section47Enquiry, participants, recordedBy, List.of());
        }
    }

    public record FeedbackSent(String contactId, String kind, String method, String sentBy, String message) {
    }

    public record DeadlinePassed(String contactId, DeadlineKind deadline, String reference, Instant dueAt, Instant passedAt,
                                 String notifyRole) {
    }

    /**
     * {@code outcome}: {@code DECIDED_AND_FED_BACK}, or the {@link ClosureReason} a worker ({@code closedBy}) closed it for;
     * null {@code closedBy} in closures by the outcome feedback.
     */
    public record TriageClosed(String contactId, String outcome, String closedBy, String duplicateOf, String note) {
        public TriageClosed(String contactId, String outcome) {
            this(contactId, outcome, null, null, null);
        }
    }
}
