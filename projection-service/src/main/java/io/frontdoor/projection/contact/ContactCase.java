package io.frontdoor.projection.contact;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.frontdoor.kernel.event.ContactReceivedV1;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            FeedbackSentV1.TYPE, DeadlinePassedV1.TYPE, TriageClosedV1.TYPE);

    public record Adult(String name, String relationship) {
    }

    public record Recommendation(String packVersion, LevelV1 level, List<String> routes, String summary) {
    }

    /** {@code authorisation}: NOT_REQUIRED, PENDING, AUTHORISED or RETURNED. */
    public record Decision(String decisionId, Instant recordedAt, LevelV1 level, List<String> routes, String rationale,
                           String decidedBy, String overrideDirection, boolean acceptedForSocialCare, boolean revision,
                           String authorisation, String authorisationBy, Instant authorisationAt) {

        Decision answered(String outcome, String by, Instant at) {
            return new Decision(decisionId, recordedAt, level, routes, rationale, decidedBy, overrideDirection,
                    acceptedForSocialCare, revision, outcome, by, at);
        }
    }

    public record Routing(String route, String localName, Instant routedAt, Instant dueAt) {
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
    private Map<String, Timescale> timescales = new LinkedHashMap<>();
    private Instant closedAt;
    private String outcome;

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
            case TriageAllocatedV1.TYPE -> allocatedTo = event.payload(TriageAllocatedV1.class).worker();
            case PartnerCheckRequestedV1.TYPE -> {
                var check = event.payload(PartnerCheckRequestedV1.class);
                start(Timescale.started(Timescale.PARTNER_CHECK, check.checkId(), check.agency(), at, check.dueAt()));
            }
            case PartnerCheckRespondedV1.TYPE ->
                    done(Timescale.key(Timescale.PARTNER_CHECK, event.payload(PartnerCheckRespondedV1.class).checkId()), at);
            case DecisionRecordedV1.TYPE -> decided(event.payload(DecisionRecordedV1.class), at);
            case DecisionAuthorisedV1.TYPE -> {
                var authorised = event.payload(DecisionAuthorisedV1.class);
                answered(authorised.decisionId(), "AUTHORISED", authorised.authorisedBy(), at);
                status = Status.DECIDED;
            }
            case DecisionReturnedV1.TYPE -> {
                var returned = event.payload(DecisionReturnedV1.class);
                answered(returned.decisionId(), "RETURNED", returned.returnedBy(), at);
                status = Status.IN_TRIAGE;
                timescales.computeIfPresent(Timescale.DECISION, (k, clock) -> clock.done(null));
            }
            case ContactRoutedV1.TYPE -> routed(event.payload(ContactRoutedV1.class), at);
            case StrategyDiscussionOutcomeV1.TYPE -> {
                section47Enquiry = event.payload(StrategyDiscussionOutcomeV1.class).section47Enquiry();
                start(Timescale.started(Timescale.STRATEGY_DISCUSSION, null, null, at, null));
                done(Timescale.STRATEGY_DISCUSSION, at);
            }
            case FeedbackDueV1.TYPE -> {
                var due = event.payload(FeedbackDueV1.class);
                String kind = feedbackClock(due.kind());
                start(Timescale.started(kind, null, null, at, due.dueAt()));
                timescales.computeIfPresent(kind, (k, clock) -> clock.due(due.dueAt()));
            }
            case FeedbackSentV1.TYPE -> {
                var sent = event.payload(FeedbackSentV1.class);
                feedback.add(new Feedback(sent.kind(), at, sent.method(), sent.sentBy(), sent.message()));
                start(Timescale.started(feedbackClock(sent.kind()), null, null, at, null));
                done(feedbackClock(sent.kind()), at);
            }
            case DeadlinePassedV1.TYPE -> {
                var passed = event.payload(DeadlinePassedV1.class);
                start(Timescale.started(passed.deadline(), passed.reference(), null, null, passed.dueAt()));
                timescales.computeIfPresent(Timescale.key(passed.deadline(), passed.reference()),
                        (k, clock) -> clock.breached(passed.dueAt()));
            }
            case TriageClosedV1.TYPE -> {
                status = Status.CLOSED;
                closedAt = at;
                outcome = event.payload(TriageClosedV1.class).outcome();
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
        children = submission.children().stream()
                .map(c -> new ChildSummary(c.givenName(), c.familyName(), c.dateOfBirth(), c.expectedDateOfBirth())).toList();
        adults = submission.adults().stream()
                .map(a -> new Adult(String.join(" ", nonNull(a.givenName()), nonNull(a.familyName())).trim(), a.relationship()))
                .toList();
        if (status == null) {
            status = Status.RECEIVED;
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
                : new Recommendation(advice.pack() == null ? null : advice.pack().version(), advice.level(), advice.routes(), advice.summary());
        if (status == null || status == Status.RECEIVED) {
            status = Status.IN_TRIAGE;
        }
        start(Timescale.started(Timescale.DECISION, null, null, receivedAt, decisionDueAt));
        if (receivedAt != null) {
            start(Timescale.started(Timescale.OUTCOME_TO_REFERRER, null, null, receivedAt, receivedAt.plus(OUTCOME_TO_REFERRER)));
        }
    }

    private void decided(DecisionRecordedV1 recorded, Instant at) {
        decisions.add(new Decision(recorded.decisionId(), at, recorded.level(), recorded.routes(), recorded.rationale(),
                recorded.decidedBy(), recorded.overrideDirection(), recorded.acceptedForSocialCare(), recorded.revision(),
                recorded.authorisationRequired() ? "PENDING" : "NOT_REQUIRED", null, null));
        decision = standingDecision();
        if (status != Status.CLOSED) {
            status = recorded.authorisationRequired() ? Status.AWAITING_AUTHORISATION : Status.DECIDED;
        }
        if (!recorded.revision()) {
            start(Timescale.started(Timescale.DECISION, null, null, receivedAt, decisionDueAt));
            timescales.computeIfPresent(Timescale.DECISION, (k, clock) -> clock.doneAt() == null ? clock.done(at) : clock);
        }
        if (recorded.authorisationRequired()) {
            timescales.put(Timescale.key(Timescale.AUTHORISATION, null),
                    Timescale.started(Timescale.AUTHORISATION, null, recorded.authorisationReason(), at, null));
        }
        if (!recorded.acceptedForSocialCare()) {
            start(Timescale.started(Timescale.FEEDBACK_NOT_ACCEPTED, null, null, at, at.plus(NOT_ACCEPTED_FEEDBACK)));
        }
    }

    private void answered(String decisionId, String outcome, String by, Instant at) {
        decisions.replaceAll(d -> d.decisionId().equals(decisionId) ? d.answered(outcome, by, at) : d);
        decision = standingDecision();
        done(Timescale.AUTHORISATION, at);
    }

    private void routed(ContactRoutedV1 routing, Instant at) {
        routes.add(new Routing(routing.route(), routing.localName(), at, routing.dueAt()));
        if (Timescale.LADO.equals(routing.route())) {
            start(Timescale.started(Timescale.LADO, null, routing.localName(), receivedAt, routing.dueAt()));
            done(Timescale.LADO, at);
        } else if (Timescale.STRATEGY_DISCUSSION.equals(routing.route())) {
            start(Timescale.started(Timescale.STRATEGY_DISCUSSION, null, routing.localName(), at, routing.dueAt()));
            timescales.computeIfPresent(Timescale.STRATEGY_DISCUSSION,
                    (k, clock) -> clock.dueAt() == null ? clock.due(routing.dueAt()) : clock);
        }
    }

    /** Starts a clock unless it is already running; what a later event knows is added by the caller. */
    private void start(Timescale clock) {
        timescales.putIfAbsent(clock.key(), clock);
    }

    private void done(String key, Instant at) {
        timescales.computeIfPresent(key, (k, clock) -> clock.doneAt() == null ? clock.done(at) : clock);
    }

    private static String feedbackClock(String kind) {
        return "OUTCOME".equals(kind) ? Timescale.OUTCOME_TO_REFERRER : Timescale.FEEDBACK_NOT_ACCEPTED;
    }

    /** The decision that stands: the latest one a manager has not returned. */
    private Decision standingDecision() {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (!"RETURNED".equals(decisions.get(i).authorisation())) {
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
    public List<Timescale> timescales() { return List.copyOf(timescales.values()); }
    public Instant closedAt() { return closedAt; }
    public String outcome() { return outcome; }

    public boolean awaitingDecision() {
        return status == Status.RECEIVED || status == Status.IN_TRIAGE;
    }

    public Instant decidedAt() {
        Timescale clock = timescales.get(Timescale.DECISION);
        return clock == null ? null : clock.doneAt();
    }

    public int ragRank() {
        return rag == null ? 0 : switch (rag) {
            case "RED" -> 3;
            case "AMBER" -> 2;
            case "GREEN" -> 1;
            default -> 0;
        };
    }
}
