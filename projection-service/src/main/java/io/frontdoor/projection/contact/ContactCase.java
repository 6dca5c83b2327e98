package io.frontdoor.projection.contact;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.ContactUpdatedV1;
import io.frontdoor.kernel.event.triage.DecisionReviewedV1;
import io.frontdoor.kernel.event.triage.FlaggedForReviewV1;
import io.frontdoor.kernel.event.triage.UpdateEvaluatedV1;
import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.DeadlinePassedV1;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.DecisionReturnedV1;
import io.frontdoor.kernel.event.triage.FeedbackDueV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRequestedV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRespondedV1;
import io.frontdoor.kernel.event.triage.StrategyDiscussionOutcomeV1;
import io.frontdoor.kernel.event.triage.TriageAllocatedV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Everything the front door knows about one contact as it stands: who, urgency, allocation, decisions, routes, feedback, clocks. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class ContactCase implements DocumentView.Document {

    public enum Status { RECEIVED, IN_TRIAGE, AWAITING_AUTHORISATION, DECIDED, CLOSED }

    /** Nottingham's timescales, assumed until triage publishes the pack's own due time (FeedbackDue or DeadlinePassed). */
    static final Duration NOT_ACCEPTED_FEEDBACK = Duration.ofHours(24);
    static final Duration OUTCOME_TO_REFERRER = Duration.ofHours(72);

    static final Set<String> EVENTS = Set.of(ContactReceivedV1.TYPE, TriageOpenedV1.TYPE, TriageAllocatedV1.TYPE,
            PartnerCheckRequestedV1.TYPE, PartnerCheckRespondedV1.TYPE, DecisionRecordedV1.TYPE, DecisionAuthorisedV1.TYPE,
            DecisionReturnedV1.TYPE, ContactRoutedV1.TYPE, StrategyDiscussionOutcomeV1.TYPE, FeedbackDueV1.TYPE,
            FeedbackSentV1.TYPE, DeadlinePassedV1.TYPE, TriageClosedV1.TYPE, ContactUpdatedV1.TYPE, UpdateEvaluatedV1.TYPE,
            FlaggedForReviewV1.TYPE, DecisionReviewedV1.TYPE);

    public record Adult(String name, String relationship) {
    }

    /** The engine's advice for the contact and, in {@code children}, for each child. */
    public record Recommendation(String packVersion, LevelV1 level, List<String> routes, String summary,
                                 List<io.frontdoor.kernel.event.triage.RecommendationV1.ChildRecommendation> children) {
    }

    /** {@code childIndexes}: the children sent on the route (empty when routed before routes were per child: every child). */
    public record Routing(String route, String localName, Instant routedAt, Instant dueAt, List<Integer> childIndexes) {

        public boolean concerns(int childIndex) {
            return childIndexes == null || childIndexes.isEmpty() || childIndexes.contains(childIndex);
        }
    }

    public record Feedback(String kind, Instant sentAt, String method, String sentBy, String message) {
    }

    private String contactId;
    private String packId;
    private Instant receivedAt;
    private String referrerAgency;
    private String referrerAgencyName;
    private String externalReference;
    private List<ChildSummary> children = List.of();
    private List<Adult> adults = List.of();
    private Status status;
    private String rag;
    private boolean outOfHours;
    private Recommendation recommendation;
    private Instant decisionDueAt;
    private String allocatedTo;
    private Decision decision;
    private List<Decision> decisions = new ArrayList<>();
    private List<Routing> routes = new ArrayList<>();
    private Boolean section47Enquiry;
    private List<Feedback> feedback = new ArrayList<>();
    private Clocks timescales = new Clocks();
    private Instant closedAt;
    private String outcome;
    /** Who closed it when a worker did (null when the outcome feedback closed it), and the contact it duplicates. */
    private String closedBy;
    private String duplicateOf;
    private int updates;
    private Instant lastUpdatedAt;
    private List<String> lastChanges = List.of();
    private boolean needsReview;

    private ContactCase() {
    }

    public ContactCase(String contactId) {
        this.contactId = contactId;
    }

    @Override
    public void apply(LoggedEvent event) {
        Instant at = event.occurredAt();
        switch (event.type()) {
            case ContactReceivedV1.TYPE -> received(event.payload(ContactReceivedV1.class));
            case TriageOpenedV1.TYPE -> opened(event.payload(TriageOpenedV1.class));
            case ContactUpdatedV1.TYPE -> updated(event.payload(ContactUpdatedV1.class));
            case UpdateEvaluatedV1.TYPE -> evaluated(event.payload(UpdateEvaluatedV1.class), at);
            case FlaggedForReviewV1.TYPE -> needsReview = true;
            case DecisionReviewedV1.TYPE -> needsReview = false;
            case TriageAllocatedV1.TYPE -> allocatedTo = event.payload(TriageAllocatedV1.class).worker();
            case PartnerCheckRequestedV1.TYPE -> {
                var check = event.payload(PartnerCheckRequestedV1.class);
                timescales.start(ContactClock.PARTNER_CHECK, check.checkId(), check.agency(), at, check.dueAt());
            }
            case PartnerCheckRespondedV1.TYPE ->
                    timescales.done(ContactClock.PARTNER_CHECK, event.payload(PartnerCheckRespondedV1.class).checkId(), at);
            case DecisionRecordedV1.TYPE -> decided(event.payload(DecisionRecordedV1.class), at);
            case DecisionAuthorisedV1.TYPE -> {
                var authorised = event.payload(DecisionAuthorisedV1.class);
                answered(authorised.decisionId(), "AUTHORISED", authorised.authorisedBy(), at);
                status = Status.DECIDED;
            }
            case DecisionReturnedV1.TYPE -> {
                var returned = event.payload(DecisionReturnedV1.class);
                answered(returned.decisionId(), Decision.RETURNED, returned.returnedBy(), at);
                status = Status.IN_TRIAGE;
                timescales.reopen(ContactClock.DECISION);
            }
            case ContactRoutedV1.TYPE -> routed(event.payload(ContactRoutedV1.class), at);
            case StrategyDiscussionOutcomeV1.TYPE -> {
                section47Enquiry = event.payload(StrategyDiscussionOutcomeV1.class).section47Enquiry();
                timescales.done(ContactClock.STRATEGY_DISCUSSION, null, at);
            }
            case FeedbackDueV1.TYPE -> {
                var due = event.payload(FeedbackDueV1.class);
                timescales.due(feedbackClock(due.kind()), at, due.dueAt());
            }
            case FeedbackSentV1.TYPE -> {
                var sent = event.payload(FeedbackSentV1.class);
                feedback.add(new Feedback(sent.kind(), at, sent.method(), sent.sentBy(), sent.message()));
                timescales.done(feedbackClock(sent.kind()), null, at);
            }
            case DeadlinePassedV1.TYPE -> {
                var passed = event.payload(DeadlinePassedV1.class);
                timescales.breached(passed.deadline(), passed.reference(), passed.dueAt());
            }
            case TriageClosedV1.TYPE -> {
                status = Status.CLOSED;
                closedAt = at;
                var closed = event.payload(TriageClosedV1.class);
                outcome = closed.outcome();
                closedBy = closed.closedBy();
                duplicateOf = closed.duplicateOf();
                if (closedBy != null) {
                    timescales.withdrawOpenSteps();
                }
            }
            default -> { }
        }
        if (status == null) {
            status = Status.IN_TRIAGE;
        }
    }

    private void received(ContactReceivedV1 contact) {
        var submission = contact.submission();
        packId = submission.packId();
        receivedAt = contact.receivedAt();
        referrerAgency = submission.referrer() == null ? null : submission.referrer().agencyType().name();
        referrerAgencyName = submission.referrer() == null ? null : submission.referrer().agencyName();
        externalReference = submission.externalReference();
        people(submission);
        if (status == null) {
            status = Status.RECEIVED;
        }
    }

    /** The referrer changed the contact: who it is about is now as the update says; the history keeps what was before. */
    private void updated(ContactUpdatedV1 update) {
        updates = Math.max(updates, update.updateNumber());
        lastUpdatedAt = update.recordedAt();
        lastChanges = update.changes();
        people(update.submission());
    }

    private void people(ContactSubmission submission) {
        children = submission.children().stream()
                .map(c -> new ChildSummary(c.givenName(), c.familyName(), c.dateOfBirth(), c.expectedDateOfBirth())).toList();
        adults = submission.adults().stream()
                .map(a -> new Adult(String.join(" ", nonNull(a.givenName()), nonNull(a.familyName())).trim(), a.relationship()))
                .toList();
    }

    /** Triage weighed an update: what rose is in force, and an undecided contact's decision is due by the moved time. */
    private void evaluated(UpdateEvaluatedV1 evaluated, Instant at) {
        if (evaluated.raised().isEmpty()) {
            return;
        }
        rag = evaluated.rag();
        var advice = evaluated.recommendation();
        if (advice != null) {
            recommendation = new Recommendation(advice.pack() == null ? null : advice.pack().version(), advice.level(), advice.routes(),
                    advice.summary(), advice.children());
        }
        if (evaluated.decisionDueAt() != null && !evaluated.decisionDueAt().equals(decisionDueAt)) {
            decisionDueAt = evaluated.decisionDueAt();
            timescales.due(ContactClock.DECISION, receivedAt, decisionDueAt);
        }
    }

    private void opened(TriageOpenedV1 triage) {
        packId = triage.packId();
        receivedAt = triage.receivedAt();
        referrerAgency = triage.referrerAgency();
        referrerAgencyName = triage.referrerAgencyName();
        externalReference = triage.externalReference();
        children = triage.children();
        rag = triage.rag();
        outOfHours = triage.outOfHours();
        decisionDueAt = triage.decisionDueAt();
        var advice = triage.recommendation();
        recommendation = advice == null ? null
                : new Recommendation(advice.pack() == null ? null : advice.pack().version(), advice.level(), advice.routes(), advice.summary(),
                        advice.children());
        if (status == null || status == Status.RECEIVED) {
            status = Status.IN_TRIAGE;
        }
        timescales.start(ContactClock.DECISION, null, null, receivedAt, decisionDueAt);
        if (receivedAt != null) {
            timescales.start(ContactClock.OUTCOME_TO_REFERRER, null, null, receivedAt, receivedAt.plus(OUTCOME_TO_REFERRER));
        }
    }

    private void decided(DecisionRecordedV1 recorded, Instant at) {
        decisions.add(new Decision(recorded.decisionId(), at, recorded.level(), recorded.routes(), recorded.rationale(),
                recorded.decidedBy(), recorded.overrideDirection(), recorded.acceptedForSocialCare(), recorded.revision(),
                recorded.authorisationRequired() ? "PENDING" : "NOT_REQUIRED", null, null, recorded.children()));
        decision = standingDecision();
        if (status != Status.CLOSED) {
            status = recorded.authorisationRequired() ? Status.AWAITING_AUTHORISATION : Status.DECIDED;
        }
        if (!recorded.revision()) {
            timescales.start(ContactClock.DECISION, null, null, receivedAt, decisionDueAt);
            timescales.done(ContactClock.DECISION, null, at);
        }
        if (recorded.authorisationRequired()) {
            timescales.restart(ContactClock.AUTHORISATION, recorded.authorisationReason(), at);
        }
        if (!recorded.acceptedForSocialCare()) {
            timescales.start(ContactClock.FEEDBACK_NOT_ACCEPTED, null, null, at, at.plus(NOT_ACCEPTED_FEEDBACK));
        }
    }

    private void answered(String decisionId, String outcome, String by, Instant at) {
        decisions.replaceAll(d -> d.decisionId().equals(decisionId) ? d.answered(outcome, by, at) : d);
        decision = standingDecision();
        timescales.done(ContactClock.AUTHORISATION, null, at);
    }

    private void routed(ContactRoutedV1 routing, Instant at) {
        routes.add(new Routing(routing.route(), routing.localName(), at, routing.dueAt(), routing.childIndexes()));
        if (ContactClock.LADO.equals(routing.route())) {
            timescales.start(ContactClock.LADO, null, routing.localName(), receivedAt, routing.dueAt());
            timescales.done(ContactClock.LADO, null, at);
        } else if (ContactClock.STRATEGY_DISCUSSION.equals(routing.route())) {
            timescales.start(ContactClock.STRATEGY_DISCUSSION, null, routing.localName(), at, routing.dueAt());
            if (routing.dueAt() != null) {
                timescales.due(ContactClock.STRATEGY_DISCUSSION, at, routing.dueAt());
            }
        }
    }

    private static String feedbackClock(String kind) {
        return "OUTCOME".equals(kind) ? ContactClock.OUTCOME_TO_REFERRER : ContactClock.FEEDBACK_NOT_ACCEPTED;
    }

    /** The decision that stands: the latest one a manager has not returned. */
    private Decision standingDecision() {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (!Decision.RETURNED.equals(decisions.get(i).authorisation())) {
                return decisions.get(i);
            }
        }
        return null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public String contactId() { return contactId; }
    public String packId() { return packId; }
    public Instant receivedAt() { return receivedAt; }
    public String referrerAgency() { return referrerAgency; }
    public String referrerAgencyName() { return referrerAgencyName; }
    public String externalReference() { return externalReference; }
    public List<ChildSummary> children() { return children; }
    public List<Adult> adults() { return adults; }
    public Status status() { return status; }
    public String rag() { return rag; }
    public boolean outOfHours() { return outOfHours; }
    public Recommendation recommendation() { return recommendation; }
    public Instant decisionDueAt() { return decisionDueAt; }
    public String allocatedTo() { return allocatedTo; }
    public Decision decision() { return decision; }
    public List<Decision> decisions() { return List.copyOf(decisions); }
    public List<Routing> routes() { return List.copyOf(routes); }
    public Boolean section47Enquiry() { return section47Enquiry; }
    public List<Feedback> feedback() { return List.copyOf(feedback); }
    public List<ContactClock> timescales() { return timescales.all(); }
    public Instant closedAt() { return closedAt; }
    public String outcome() { return outcome; }
    public String closedBy() { return closedBy; }
    public String duplicateOf() { return duplicateOf; }
    public int updates() { return updates; }
    public Instant lastUpdatedAt() { return lastUpdatedAt; }
    public List<String> lastChanges() { return lastChanges; }
    /** An update raised a contact already decided: a worker must review the decision. */
    public boolean needsReview() { return needsReview; }

    public boolean awaitingDecision() {
        return status == Status.RECEIVED || status == Status.IN_TRIAGE;
    }

    /** The earliest due time of the partner checks still awaiting an answer, or null. */
    public Instant partnerCheckDueAt() {
        return timescales.all().stream()
                .filter(clock -> ContactClock.PARTNER_CHECK.equals(clock.kind()) && clock.doneAt() == null && clock.dueAt() != null)
                .map(ContactClock::dueAt).min(Instant::compareTo).orElse(null);
    }

    public Instant decidedAt() {
        return timescales.doneAt(ContactClock.DECISION);
    }

    public int ragRank() {
        return Rag.parse(rag).map(Rag::rank).orElse(0);
    }
}
