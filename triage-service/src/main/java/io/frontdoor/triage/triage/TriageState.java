package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.triage.triage.TriageEvents.ChildDecided;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A triage as it stands, typed, for the pages and anyone who would otherwise replay its events: status, the
 * recommendation in force, allocation, each decision with its authorisation, partner checks, routes, the feedback owed
 * and sent, flags, closure. {@code version} is the one to decide on.
 */
public record TriageState(String contactId, String packId, long version, TriageStatus status, String rag, Instant decisionDueAt,
                          JsonNode recommendation, String recommendationProblem, String allocatedTo, List<PartnerCheck> checks,
                          List<DecisionMade> decisions, List<ChildLinkState> childLinks, List<RouteTaken> routes,
                          List<StrategyDiscussion> strategyDiscussions, List<FeedbackClock> feedbackClocks, List<FeedbackGiven> feedback,
                          TriageFlags flags, List<MissedTimescale> missedTimescales, ClosureRecord closure) {

    public record PartnerCheck(String checkId, String agency, String question, Instant requestedAt, Instant dueAt, String requestedBy,
                               String response, Instant respondedAt, String recordedBy) {
    }

    /** {@code authorisation}: null when none was needed, else AWAITING, AUTHORISED or RETURNED (with who, when, why). */
    public record DecisionMade(String decisionId, Instant at, LevelOfNeed level, List<String> routes, String rationale, String decidedBy,
                               String overrideDirection, boolean authorisationRequired, String authorisationReason,
                               Instant authorisationDueAt, boolean acceptedForSocialCare, boolean revision, List<ChildDecided> children,
                               String authorisation, String answeredBy, Instant answeredAt, String returnReason) {

        DecisionMade answered(String answer, String by, Instant when, String reason) {
            return new DecisionMade(decisionId, at, level, routes, rationale, decidedBy, overrideDirection, authorisationRequired,
                    authorisationReason, authorisationDueAt, acceptedForSocialCare, revision, children, answer, by, when, reason);
        }
    }

    /** {@code confirmed}: null until a worker reviews a possible match, then whether it is the same child. */
    public record ChildLinkState(int childIndex, String childId, String matchedBy, String status, String reason,
                                 int previousContactsIn12Months, boolean previouslySubjectToPlanOrReferral, Boolean confirmed) {
    }

    public record RouteTaken(String route, String localName, Instant routedAt, Instant dueAt, List<Integer> childIndexes,
                             List<String> childNames) {
    }

    public record StrategyDiscussion(Instant at, boolean section47Enquiry, String participants, String recordedBy,
                                     List<Integer> childIndexes) {
    }

    /** A feedback clock: owed by {@code dueAt}; {@code sentAt} once sent; {@code missed} once its deadline passed unsent. */
    public record FeedbackClock(String kind, Instant dueAt, Instant sentAt, boolean missed) {
    }

    public record FeedbackGiven(Instant at, String kind, String method, String sentBy, String message) {
    }

    /** {@code updates}: referrer updates evaluated; {@code needsReview}: one raised the risk after the decision, not yet reviewed. */
    public record TriageFlags(int updates, boolean needsReview, List<String> raisedByLastUpdate) {
    }

    public record MissedTimescale(String deadline, String reference, Instant dueAt, Instant passedAt) {
    }

    /** {@code outcome} DECIDED_AND_FED_BACK, or the reason a worker ({@code closedBy}) closed it for. */
    public record ClosureRecord(Instant at, String outcome, String closedBy, String duplicateOf, String note) {
    }

    /** The state after these events, in order; each with when it was recorded and its sequence number. */
    static TriageState of(String contactId, List<Recorded> events) {
        Fold fold = new Fold();
        events.forEach(fold::apply);
        return fold.state(contactId);
    }

    record Recorded(long sequence, Instant at, Object payload) {
    }

    private static final class Fold {
        private long version;
        private String packId;
        private TriageStatus status;
        private String rag;
        private Instant decisionDueAt;
        private JsonNode recommendation;
        private String recommendationProblem;
        private String allocatedTo;
        private final Map<String, PartnerCheck> checks = new LinkedHashMap<>();
        private final List<DecisionMade> decisions = new ArrayList<>();
        private final Map<Integer, ChildLinkState> links = new LinkedHashMap<>();
        private final List<RouteTaken> routes = new ArrayList<>();
        private final List<StrategyDiscussion> discussions = new ArrayList<>();
        private final Map<String, FeedbackClock> clocks = new LinkedHashMap<>();
        private final List<FeedbackGiven> feedback = new ArrayList<>();
        private int updates;
        private boolean needsReview;
        private List<String> raised = List.of();
        private final List<MissedTimescale> missed = new ArrayList<>();
        private ClosureRecord closure;

        void apply(Recorded recorded) {
            version = recorded.sequence();
            Instant at = recorded.at();
            Object payload = recorded.payload();
            if (payload instanceof TriageOpened e) {
                packId = e.submission().packId();
                status = TriageStatus.OPEN;
                rag = e.rag();
                decisionDueAt = e.decisionDueAt();
                recommendation = RecommendationDocument.tree(e.recommendation());
                recommendationProblem = e.recommendationProblem();
            } else if (payload instanceof UpdateEvaluated e) {
                updates = Math.max(updates, e.updateNumber());
                raised = e.raised() == null ? List.of() : e.raised();
                if (!raised.isEmpty() && e.recommendation() != null) {
                    recommendation = RecommendationDocument.tree(e.recommendation());
                    recommendationProblem = null;
                    rag = e.rag();
                    decisionDueAt = e.decisionDueAt();
                }
            } else if (payload instanceof FlaggedForReview e) {
                needsReview = true;
            } else if (payload instanceof DecisionReviewed e) {
                needsReview = false;
            } else if (payload instanceof ContactLinkedToChild e) {
                links.put(e.childIndex(), new ChildLinkState(e.childIndex(), e.childId(), e.matchedBy(),
                        e.status() == null ? "LINKED" : e.status(), e.reason(), e.previousContactsIn12Months(),
                        e.previouslySubjectToPlanOrReferral(), null));
            } else if (payload instanceof ChildLinkReviewed e) {
                links.computeIfPresent(e.childIndex(), (i, l) -> new ChildLinkState(i, l.childId(),
                        l.matchedBy(), l.status(), l.reason(), l.previousContactsIn12Months(), l.previouslySubjectToPlanOrReferral(),
                        e.confirmed()));
            } else if (payload instanceof TriageAllocated e) {
                allocatedTo = e.worker();
            } else if (payload instanceof PartnerCheckRequested e) {
                checks.put(e.checkId(), new PartnerCheck(e.checkId(), e.agency(), e.question(), at,
                        e.dueAt(), e.requestedBy(), null, null, null));
            } else if (payload instanceof PartnerCheckResponded e) {
                checks.computeIfPresent(e.checkId(), (id, c) -> new PartnerCheck(id, c.agency(),
                        c.question(), c.requestedAt(), c.dueAt(), c.requestedBy(), e.response(), at, e.recordedBy()));
            } else if (payload instanceof DecisionRecorded e) {
                decisions.add(new DecisionMade(e.decisionId(), at, e.level(), e.routes(), e.rationale(), e.decidedBy(),
                        e.overrideDirection(), e.authorisationRequired(), e.authorisationReason(), e.authorisationDueAt(),
                        e.acceptedForSocialCare(), e.revision(), e.children(), e.authorisationRequired() ? "AWAITING" : null,
                        null, null, null));
                status = e.authorisationRequired() ? TriageStatus.AWAITING_AUTHORISATION : TriageStatus.DECIDED;
            } else if (payload instanceof DecisionAuthorised e) {
                answer(e.decisionId(), "AUTHORISED", e.authorisedBy(), at, null);
                status = TriageStatus.DECIDED;
            } else if (payload instanceof DecisionReturned e) {
                answer(e.decisionId(), "RETURNED", e.returnedBy(), at, e.reason());
                status = TriageStatus.OPEN;
            } else if (payload instanceof ContactRouted e) {
                routes.add(new RouteTaken(e.route(), e.localName(), at, e.dueAt(), e.childIndexes(), e.childNames()));
            } else if (payload instanceof StrategyDiscussionOutcomeRecorded e) {
                discussions.add(new StrategyDiscussion(at, e.section47Enquiry(),
                        e.participants(), e.recordedBy(), e.childIndexes()));
            } else if (payload instanceof FeedbackDue e) {
                clocks.put(e.kind(), new FeedbackClock(e.kind(), e.dueAt(), null, false));
            } else if (payload instanceof FeedbackSent e) {
                feedback.add(new FeedbackGiven(at, e.kind(), e.method(), e.sentBy(), e.message()));
                clocks.computeIfPresent(e.kind(), (kind, clock) -> clock.sentAt() != null ? clock
                        : new FeedbackClock(kind, clock.dueAt(), at, clock.missed()));
            } else if (payload instanceof DeadlinePassed e) {
                missed.add(new MissedTimescale(e.deadline().name(), e.reference(), e.dueAt(), e.passedAt()));
                String kind = e.deadline() == DeadlineKind.OUTCOME_TO_REFERRER ? "OUTCOME"
                        : e.deadline() == DeadlineKind.FEEDBACK_NOT_ACCEPTED ? "NOT_ACCEPTED" : null;
                if (kind != null) {
                    clocks.computeIfPresent(kind, (k, clock) -> new FeedbackClock(k, clock.dueAt(), clock.sentAt(), true));
                }
            } else if (payload instanceof TriageClosed e) {
                status = TriageStatus.CLOSED;
                closure = new ClosureRecord(at, e.outcome(), e.closedBy(), e.duplicateOf(), e.note());
            }
        }

        private void answer(String decisionId, String answer, String by, Instant at, String reason) {
            decisions.replaceAll(d -> d.decisionId().equals(decisionId) ? d.answered(answer, by, at, reason) : d);
        }

        TriageState state(String contactId) {
            return new TriageState(contactId, packId, version, status, rag, decisionDueAt, recommendation, recommendationProblem,
                    allocatedTo, List.copyOf(checks.values()), List.copyOf(decisions), List.copyOf(links.values()), List.copyOf(routes),
                    List.copyOf(discussions), List.copyOf(clocks.values()), List.copyOf(feedback),
                    new TriageFlags(updates, needsReview, raised), List.copyOf(missed), closure);
        }
    }
}
