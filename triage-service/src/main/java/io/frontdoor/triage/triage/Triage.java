package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.TriageCommands.*;
import io.frontdoor.triage.triage.TriageEvents.*;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1.ChildDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The front door's work on one contact: opened with the engine's recommendation, allocated, checked with partners,
 * decided (and authorised where the pack says so), routed, fed back, closed. Every timescale is a persistent deadline.
 * Each child the contact names has its own recommendation, decision and routes; the contact's are the children's together.
 */
@Aggregate
public class Triage {

    @AggregateIdentifier
    private String contactId;
    private String packId;
    private Instant receivedAt;
    private Recommended recommended;
    private String rag;
    private Instant decisionDueAt;
    private int updatesEvaluated;
    private AuthorisationRules authorisation;
    private boolean policeDomesticAbuseNotification;
    private TriageStatus status;
    private String allocatedTo;
    private String decisionDeadlineId;
    private String outcomeDeadlineId;
    private String firstPostcode;
    private PendingDecision decision;
    private final Map<String, String> openChecks = new HashMap<>();
    private final Map<String, String> checkDeadlines = new HashMap<>();
    private final Map<Integer, LinkState> childLinks = new HashMap<>();
    private final Map<String, String> feedbackDeadlines = new HashMap<>();
    private List<String> childNames = List.of();
    /** Route code to the children sent on it. */
    private final Map<String, Set<Integer>> routed = new HashMap<>();
    private final Set<Integer> strategyOutcomeRecorded = new TreeSet<>();
    private final Set<TriageDeadlines.Due> passedDeadlines = new HashSet<>();
    /** The updates that flagged the decision for review, until a worker reviews it. */
    private final List<Integer> flaggedUpdates = new ArrayList<>();

    /** How the index linked a child of this contact, and whether a worker has reviewed that link. */
    record LinkState(String childId, String matchedBy, boolean reviewed) {
    }

    record PendingDecision(String decisionId, String decidedBy, List<ChildDecision> children, String authorisationDeadlineId) {
    }

    protected Triage() {
    }

    @CommandHandler
    public Triage(OpenTriage c, DeadlineManager deadlines) {
        String decisionDeadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.DECISION, null, c.decisionDueAt());
        Instant outcomeDue = c.outcomeDueAt();
        String outcomeDeadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.OUTCOME_TO_REFERRER, null, outcomeDue);
        apply(new TriageOpened(c.contactId(), c.submission(), c.receivedAt(), c.recommended(), c.recommendation(),
                c.recommendationProblem(), c.rag(), c.decisionDueAt(), c.outOfHours(), c.authorisation(),
                c.policeDomesticAbuseNotification(), outcomeDue, decisionDeadline, outcomeDeadline));
        if (outcomeDue != null) {
            apply(new FeedbackDue(c.contactId(), FeedbackKind.OUTCOME.name(), outcomeDue, outcomeDeadline));
        }
        c.childLinks().forEach(link -> apply(new ContactLinkedToChild(c.contactId(), link.childIndex(), link.childId(),
                link.matchedBy(), link.previousContactsIn12Months(), link.previouslySubjectToPlanOrReferral(), link.status(),
                link.reason())));
    }

    /**
     * The referrer changed the contact: the pack's new advice is weighed against the recommendation in force. If the
     * level, urgency or routes rose, an undecided contact takes the new recommendation, its decision is due by the
     * earlier time and its worker (or the queue) is alerted; a decided one is flagged for review and its decision stands.
     * Every update is recorded as evaluated, even when nothing rose.
     */
    @CommandHandler
    void handle(ReevaluateTriage c, DeadlineManager deadlines) {
        if (c.updateNumber() <= updatesEvaluated) {
            return;
        }
        UpdateRise rise = UpdateRise.of(recommended, rag, c.recommended());
        boolean undecided = status == TriageStatus.OPEN;
        Instant due = decisionDueAt;
        String deadline = decisionDeadlineId;
        if (rise.rose() && undecided && c.decisionDueAt() != null && (due == null || c.decisionDueAt().isBefore(due))) {
            TriageDeadlines.cancel(deadlines, TriageDeadlines.DECISION, decisionDeadlineId);
            due = c.decisionDueAt();
            deadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.DECISION, null, due);
        }
        apply(new UpdateEvaluated(contactId, c.updateNumber(), c.changes(), c.sentBy(), rise.raised(), c.recommendation(),
                c.recommendationProblem(), rise.inForce(), rise.rag(), due, decisionDueAt, status.name(), deadline));
        if (rise.rose() && undecided) {
            apply(new UpdateAlert(contactId, c.updateNumber(), rise.raised(), allocatedTo == null ? "QUEUE" : "WORKER", allocatedTo,
                    rise.describe(c.updateNumber()) + ": the decision is now due by " + due + "."));
        } else if (rise.rose()) {
            apply(new FlaggedForReview(contactId, c.updateNumber(), rise.raised(), status.name(), allocatedTo,
                    rise.describe(c.updateNumber()) + " after the decision: review it."));
        }
    }

    /**
     * A worker confirms that a child of this contact is the child the index linked it to, or undoes the link: then the
     * contact's child is a child of its own (a new child id), never left without one.
     */
    @CommandHandler
    void handle(ReviewChildLink c) {
        LinkState link = childLinks.get(c.childIndex());
        if (link == null) {
            throw InvalidSubmissionException.of("childIndex", "no child " + c.childIndex() + " in this contact");
        }
        if (ChildLink.NEW_CHILD.equals(link.matchedBy())) {
            throw new ConflictException("child " + c.childIndex() + " is recorded as a child of its own: there is no match to confirm or undo");
        }
        if (link.reviewed()) {
            throw new ConflictException("the link of child " + c.childIndex() + " has already been reviewed");
        }
        apply(new ChildLinkReviewed(contactId, c.childIndex(), link.childId(), c.confirmed(), c.reviewedBy()));
        if (!c.confirmed()) {
            apply(new ContactLinkedToChild(contactId, c.childIndex(), UUID.randomUUID().toString(), ChildLink.NEW_CHILD, 0, false,
                    ChildLink.LINKED, "a worker undid the link to another child"));
        }
    }

    @CommandHandler
    void handle(AllocateTriage c, WorkerDirectory workers) {
        if (c.worker() == null || c.worker().isBlank()) {
            throw InvalidSubmissionException.of("worker", "is required: the user id of the worker to allocate");
        }
        if (!workers.knows(c.worker())) {
            throw InvalidSubmissionException.of("worker", "is not a worker the directory knows (frontdoor.workers)");
        }
        requireOpen();
        if (!c.worker().equals(allocatedTo)) {
            apply(new TriageAllocated(contactId, c.worker(), c.allocatedBy(), allocatedTo));
        }
    }

    @CommandHandler
    void handle(RequestPartnerCheck c, PackContext clock, DeadlineManager deadlines) {
        requireOpen();
        String checkId = UUID.randomUUID().toString();
        Instant due = clock.partnerCheckDue(packId, clock.now());
        String deadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.PARTNER_CHECK, checkId, due);
        apply(new PartnerCheckRequested(contactId, checkId, c.agency(), c.question(), due, c.requestedBy(), deadline));
    }

    @CommandHandler
    void handle(RecordPartnerCheckResponse c, DeadlineManager deadlines) {
        String agency = openChecks.get(c.checkId());
        if (agency == null) {
            throw new ConflictException("no open partner check " + c.checkId() + " on this contact");
        }
        TriageDeadlines.cancel(deadlines, TriageDeadlines.PARTNER_CHECK, checkDeadlines.get(c.checkId()));
        apply(new PartnerCheckResponded(contactId, c.checkId(), agency, c.response(), c.recordedBy()));
    }

    @CommandHandler
    void handle(RecordDecision c, PackContext clock, DeadlineManager deadlines) {
        requireOpen();
        if (decision != null) {
            throw new ConflictException("a decision is already recorded and " + (status == TriageStatus.AWAITING_AUTHORISATION
                    ? "awaiting a manager's authorisation" : "final"));
        }
        if (allocatedTo == null) {
            throw new ConflictException("allocate the contact to a worker before recording a decision");
        }
        var judgement = judge(new ChildDecisions.Asked(c.levelRank(), c.routes(), c.rationale(), c.decidedBy(), c.children()), clock);
        TriageDeadlines.cancel(deadlines, TriageDeadlines.DECISION, decisionDeadlineId);
        Instant authorisationDue = judgement.authorisationRequired() ? clock.authorisationDue(packId, clock.now()) : null;
        String authorisationDeadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.AUTHORISATION, null, authorisationDue);
        String decisionId = UUID.randomUUID().toString();
        apply(new DecisionRecorded(contactId, decisionId, clock.level(packId, judgement.levelRank()), judgement.routes(), c.rationale(), c.decidedBy(),
                judgement.override().name(), judgement.authorisationRequired(), judgement.authorisationReason(),
                judgement.acceptedForSocialCare(), false, authorisationDue, authorisationDeadline, judgement.children()));
        if (!judgement.authorisationRequired()) {
            route(clock, deadlines);
        }
    }

    @CommandHandler
    void handle(ReviseDecision c, PackContext clock, DeadlineManager deadlines) {
        requireFinalDecision();
        revise(new ChildDecisions.Asked(c.levelRank(), c.routes(), c.rationale(), c.revisedBy(), c.children()),
                " (revised after disagreement " + c.escalationId() + ")", false, clock, deadlines);
    }

    /**
     * A worker reviews the decision updates flagged: it stands, or it is revised like a decision changed by a disagreement,
     * except that a revision the pack says a manager must authorise waits for one, as a first decision would. Either way
     * the flag is cleared.
     */
    @CommandHandler
    void handle(ReviewFlaggedDecision c, PackContext clock, DeadlineManager deadlines) {
        Codes.require("outcome", c.outcome(), ReviewOutcome.class);
        if (c.rationale() == null || c.rationale().isBlank()) {
            throw InvalidSubmissionException.of("rationale", "a review says why the decision stands or is revised");
        }
        if (flaggedUpdates.isEmpty()) {
            throw new ConflictException("this contact is not flagged for review");
        }
        String revisedDecision = null;
        if (ReviewOutcome.DECISION_REVISED.name().equals(c.outcome())) {
            if (c.levelRank() == null || c.routes().isEmpty()) {
                throw InvalidSubmissionException.of(c.levelRank() == null ? "levelRank" : "routes", "is required to revise the decision");
            }
            requireFinalDecision();
            revisedDecision = revise(new ChildDecisions.Asked(c.levelRank(), c.routes(), c.rationale(), c.reviewedBy(), c.children()),
                    " (revised on review of update " + flaggedUpdates.get(flaggedUpdates.size() - 1) + ")", true, clock, deadlines);
        }
        apply(new DecisionReviewed(contactId, List.copyOf(flaggedUpdates), c.outcome(), c.rationale(), c.reviewedBy(), revisedDecision));
    }

    /**
     * Records a decision beside the final one, which history keeps, and routes it; {@code authorisable}: a revision the
     * pack says needs a manager waits for one (a disagreement's revision is itself decided up the ladder).
     */
    private String revise(ChildDecisions.Asked asked, String because, boolean authorisable, PackContext clock, DeadlineManager deadlines) {
        var judgement = judge(asked, clock);
        boolean authorise = authorisable && judgement.authorisationRequired();
        Instant authorisationDue = authorise ? clock.authorisationDue(packId, clock.now()) : null;
        String authorisationDeadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.AUTHORISATION, null, authorisationDue);
        String decisionId = UUID.randomUUID().toString();
        apply(new DecisionRecorded(contactId, decisionId, clock.level(packId, judgement.levelRank()), judgement.routes(),
                asked.rationale() + because, asked.decidedBy(), judgement.override().name(),
                authorise, authorise ? judgement.authorisationReason() : null, judgement.acceptedForSocialCare(), true,
                authorisationDue, authorisationDeadline,
                judgement.children().stream().map(child -> new ChildDecision(child.index(), child.name(), child.level(), child.routes(),
                        child.rationale() + because, child.overrideDirection(), authorise && child.authorisationRequired(),
                        authorise ? child.authorisationReason() : null, child.acceptedForSocialCare())).toList()));
        if (!authorise) {
            route(clock, deadlines);
        }
        return decisionId;
    }

    private ChildDecisions judge(ChildDecisions.Asked asked, PackContext clock) {
        return ChildDecisions.judge(asked, childNames.isEmpty() ? List.of("Child 1") : childNames, recommended, authorisation, policeDomesticAbuseNotification,
                rank -> clock.level(packId, rank));
    }

    @CommandHandler
    void handle(RecordDaTriageOutcome c, PackContext clock) {
        Set<Integer> household = routed.getOrDefault("DOMESTIC_ABUSE_TRIAGE", Set.of());
        if (household.isEmpty()) {
            throw new ConflictException("this contact was not routed to the weekly domestic abuse triage");
        }
        for (String route : c.routes()) {
            List<Integer> children = notYetRouted(route, household);
            if (!children.isEmpty()) {
                send(route, Map.of("from", "DOMESTIC_ABUSE_TRIAGE", "meetingId", c.meetingId()),
                        clock.routeDue(packId, route, clock.now()), children, clock);
            }
        }
    }

    @CommandHandler
    void handle(AuthoriseDecision c, PackContext clock, DeadlineManager deadlines) {
        requirePendingAuthorisation();
        if (c.manager().equals(decision.decidedBy())) {
            throw new ConflictException("a manager may not authorise their own decision");
        }
        TriageDeadlines.cancel(deadlines, TriageDeadlines.AUTHORISATION, decision.authorisationDeadlineId());
        apply(new DecisionAuthorised(contactId, decision.decisionId(), c.manager()));
        route(clock, deadlines);
    }

    @CommandHandler
    void handle(ReturnDecision c, DeadlineManager deadlines) {
        requirePendingAuthorisation();
        if (c.reason() == null || c.reason().isBlank()) {
            throw InvalidSubmissionException.of("reason", "a returned decision needs a reason");
        }
        TriageDeadlines.cancel(deadlines, TriageDeadlines.AUTHORISATION, decision.authorisationDeadlineId());
        apply(new DecisionReturned(contactId, decision.decisionId(), c.manager(), c.reason()));
    }

    @CommandHandler
    void handle(RecordStrategyDiscussionOutcome c, PackContext clock) {
        Set<Integer> discussed = routed.getOrDefault("STRATEGY_DISCUSSION", Set.of());
        if (discussed.isEmpty()) {
            throw new ConflictException("this contact was not routed to a strategy discussion");
        }
        List<Integer> children = c.childIndexes().isEmpty()
                ? discussed.stream().filter(child -> !strategyOutcomeRecorded.contains(child)).toList()
                : List.copyOf(new TreeSet<>(c.childIndexes()));
        for (int child : children) {
            if (!discussed.contains(child)) {
                throw new ConflictException("child " + child + " was not routed to a strategy discussion");
            }
        }
        if (children.isEmpty() || children.stream().anyMatch(strategyOutcomeRecorded::contains)) {
            throw new ConflictException("the strategy discussion outcome is already recorded");
        }
        apply(new StrategyDiscussionOutcomeRecorded(contactId, c.section47Enquiry(), c.participants(), c.recordedBy(), children));
        if (c.section47Enquiry()) {
            send("SECTION_47_ENQUIRY", Map.of("from", "STRATEGY_DISCUSSION"), null, notYetRouted("SECTION_47_ENQUIRY", children), clock);
        }
    }

    @CommandHandler
    void handle(RecordFeedbackSent c, DeadlineManager deadlines) {
        requireOpen();
        FeedbackKind kind = FeedbackKind.parse(c.kind());
        Codes.require("method", c.method(), FeedbackMethod.class);
        if (c.message() == null || c.message().isBlank()) {
            throw InvalidSubmissionException.of("message", "feedback says what the referrer was told");
        }
        if (kind == FeedbackKind.OUTCOME && status != TriageStatus.DECIDED) {
            throw new ConflictException("the outcome can be sent once the decision is final");
        }
        TriageDeadlines.cancel(deadlines, kind.deadlineName(),
                kind == FeedbackKind.OUTCOME ? outcomeDeadlineId : feedbackDeadlines.get(kind.name()));
        apply(new FeedbackSent(contactId, kind.name(), c.method(), c.sentBy(), c.message()));
        if (kind == FeedbackKind.OUTCOME) {
            apply(new TriageClosed(contactId, "DECIDED_AND_FED_BACK"));
        }
    }

    /**
     * A worker closes the contact: a duplicate at any time before closure (its work goes on in the other contact), any
     * other reason once the decision is final. Every clock still running stops with it.
     */
    @CommandHandler
    void handle(CloseTriage c, DeadlineManager deadlines) {
        requireOpen();
        Codes.require("reason", c.reason(), ClosureReason.class);
        ClosureReason reason = ClosureReason.valueOf(c.reason());
        if (reason == ClosureReason.DUPLICATE && (c.duplicateOf() == null || c.duplicateOf().isBlank() || c.duplicateOf().equals(contactId))) {
            throw InvalidSubmissionException.of("duplicateOf", "a duplicate names the other contact it duplicates");
        }
        if (!reason.beforeTheDecisionIsFinal() && status != TriageStatus.DECIDED) {
            throw new ConflictException("a contact is closed for this reason once its decision is final");
        }
        TriageDeadlines.cancel(deadlines, TriageDeadlines.DECISION, status == TriageStatus.OPEN ? decisionDeadlineId : null);
        TriageDeadlines.cancel(deadlines, TriageDeadlines.AUTHORISATION,
                status == TriageStatus.AWAITING_AUTHORISATION ? decision.authorisationDeadlineId() : null);
        checkDeadlines.values().forEach(deadline -> TriageDeadlines.cancel(deadlines, TriageDeadlines.PARTNER_CHECK, deadline));
        TriageDeadlines.cancel(deadlines, TriageDeadlines.FEEDBACK_NOT_ACCEPTED, feedbackDeadlines.get(FeedbackKind.NOT_ACCEPTED.name()));
        TriageDeadlines.cancel(deadlines, TriageDeadlines.OUTCOME_TO_REFERRER, outcomeDeadlineId);
        apply(new TriageClosed(contactId, reason.name(), c.closedBy(),
                reason == ClosureReason.DUPLICATE ? c.duplicateOf() : null, c.note() == null || c.note().isBlank() ? null : c.note()));
    }

    /**
     * Once per deadline: a scheduler whose instance died after recording this but before marking it done runs it again
     * on another instance, and the second run finds it already passed.
     */
    @DeadlineHandler
    void deadlinePassed(TriageDeadlines.Due due, PackContext clock) {
        if (stillOwed(due) && !passedDeadlines.contains(due)) {
            apply(new DeadlinePassed(contactId, due.deadline(), due.reference(), due.dueAt(), clock.now(), "MANAGER"));
        }
    }

    /** Each route any child's decision takes, once, naming the children it takes that were not sent on it before. */
    private void route(PackContext clock, DeadlineManager deadlines) {
        Set<String> routes = new LinkedHashSet<>();
        decision.children().forEach(child -> routes.addAll(child.routes()));
        for (String route : routes) {
            List<Integer> children = notYetRouted(route, decision.children().stream()
                    .filter(child -> child.routes().contains(route)).map(ChildDecision::index).toList());
            if (children.isEmpty()) {
                continue;
            }
            Instant due = clock.routeDue(packId, route, receivedAt);
            send(route, RouteDetails.forRoute(route, firstPostcode), due, children, clock);
        }
        if (decision.children().stream().anyMatch(child -> !child.acceptedForSocialCare())) {
            Instant due = clock.feedbackNotAcceptedDue(packId, clock.now());
            String deadline = TriageDeadlines.schedule(deadlines, TriageDeadlines.FEEDBACK_NOT_ACCEPTED, null, due);
            apply(new FeedbackDue(contactId, FeedbackKind.NOT_ACCEPTED.name(), due, deadline));
        }
    }

    /** The contact goes on {@code route} for these children, named by their given names. */
    private void send(String route, Map<String, String> details, Instant due, List<Integer> children, PackContext clock) {
        List<String> names = children.stream().map(child -> child < childNames.size() ? childNames.get(child) : "Child " + (child + 1)).toList();
        apply(new ContactRouted(contactId, route, clock.routeLocalName(packId, route), details, due, children, names));
    }

    private List<Integer> notYetRouted(String route, java.util.Collection<Integer> children) {
        Set<Integer> already = routed.getOrDefault(route, Set.of());
        return children.stream().filter(child -> !already.contains(child)).sorted().toList();
    }

    private List<Integer> everyChild() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < Math.max(1, childNames.size()); i++) {
            all.add(i);
        }
        return all;
    }

    private void requireOpen() {
        if (status == TriageStatus.CLOSED) {
            throw new ConflictException("this triage is closed");
        }
    }

    private void requireFinalDecision() {
        if (decision == null || status == TriageStatus.AWAITING_AUTHORISATION) {
            throw new ConflictException("there is no final decision to revise");
        }
    }

    private void requirePendingAuthorisation() {
        requireOpen();
        if (status != TriageStatus.AWAITING_AUTHORISATION) {
            throw new ConflictException("there is no decision awaiting authorisation");
        }
    }

    /** A deadline is cancelled when its step is done; this guards the race where it fires as the step completes. */
    private boolean stillOwed(TriageDeadlines.Due due) {
        return switch (due.deadline()) {
            case TriageDeadlines.DECISION -> decision == null && status == TriageStatus.OPEN;
            case TriageDeadlines.PARTNER_CHECK -> openChecks.containsKey(due.reference());
            case TriageDeadlines.AUTHORISATION -> status == TriageStatus.AWAITING_AUTHORISATION;
            case TriageDeadlines.FEEDBACK_NOT_ACCEPTED -> feedbackDeadlines.containsKey(FeedbackKind.NOT_ACCEPTED.name());
            case TriageDeadlines.OUTCOME_TO_REFERRER -> status != TriageStatus.CLOSED;
            default -> false;
        };
    }


    @EventSourcingHandler
    void on(TriageOpened e) {
        contactId = e.contactId();
        packId = e.submission().packId();
        receivedAt = e.receivedAt();
        recommended = e.recommended();
        rag = e.rag();
        decisionDueAt = e.decisionDueAt();
        authorisation = e.authorisation();
        policeDomesticAbuseNotification = e.policeDomesticAbuseNotification();
        decisionDeadlineId = e.decisionDeadlineId();
        outcomeDeadlineId = e.outcomeDeadlineId();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < e.submission().children().size(); i++) {
            var child = e.submission().children().get(i);
            names.add(child == null ? "Child " + (i + 1) : child.displayName(i));
        }
        childNames = List.copyOf(names);
        firstPostcode = e.submission().children().stream()
                .filter(child -> child.address() != null && child.address().postcode() != null)
                .map(child -> child.address().postcode()).findFirst().orElse(null);
        status = TriageStatus.OPEN;
    }

    @EventSourcingHandler
    void on(UpdateEvaluated e) {
        updatesEvaluated = e.updateNumber();
        recommended = e.recommended();
        rag = e.rag();
        decisionDueAt = e.decisionDueAt();
        decisionDeadlineId = e.decisionDeadlineId();
    }

    @EventSourcingHandler
    void on(FlaggedForReview e) {
        flaggedUpdates.add(e.updateNumber());
    }

    @EventSourcingHandler
    void on(DecisionReviewed e) {
        flaggedUpdates.clear();
    }

    @EventSourcingHandler
    void on(ContactLinkedToChild e) {
        childLinks.put(e.childIndex(), new LinkState(e.childId(), e.matchedBy(), false));
    }

    @EventSourcingHandler
    void on(ChildLinkReviewed e) {
        childLinks.computeIfPresent(e.childIndex(), (index, link) -> new LinkState(link.childId(), link.matchedBy(), true));
    }

    @EventSourcingHandler
    void on(TriageAllocated e) {
        allocatedTo = e.worker();
    }

    @EventSourcingHandler
    void on(PartnerCheckRequested e) {
        openChecks.put(e.checkId(), e.agency());
        checkDeadlines.put(e.checkId(), e.deadlineId());
    }

    @EventSourcingHandler
    void on(PartnerCheckResponded e) {
        openChecks.remove(e.checkId());
        checkDeadlines.remove(e.checkId());
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        List<ChildDecision> children = e.children().isEmpty()
                ? everyChild().stream().map(index -> new ChildDecision(index, null, e.level(), e.routes(), e.rationale(),
                        e.overrideDirection(), e.authorisationRequired(), e.authorisationReason(), e.acceptedForSocialCare())).toList()
                : e.children();
        decision = new PendingDecision(e.decisionId(), e.decidedBy(), children, e.authorisationDeadlineId());
        status = e.authorisationRequired() ? TriageStatus.AWAITING_AUTHORISATION : TriageStatus.DECIDED;
    }

    @EventSourcingHandler
    void on(DecisionAuthorised e) {
        status = TriageStatus.DECIDED;
    }

    @EventSourcingHandler
    void on(DecisionReturned e) {
        decision = null;
        status = TriageStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ContactRouted e) {
        routed.computeIfAbsent(e.route(), route -> new TreeSet<>()).addAll(e.childIndexes().isEmpty() ? everyChild() : e.childIndexes());
    }

    @EventSourcingHandler
    void on(StrategyDiscussionOutcomeRecorded e) {
        strategyOutcomeRecorded.addAll(e.childIndexes().isEmpty() ? routed.getOrDefault("STRATEGY_DISCUSSION", Set.of()) : e.childIndexes());
    }

    @EventSourcingHandler
    void on(FeedbackDue e) {
        feedbackDeadlines.put(e.kind(), e.deadlineId());
    }

    @EventSourcingHandler
    void on(FeedbackSent e) {
        feedbackDeadlines.remove(e.kind());
        if (FeedbackKind.OUTCOME.name().equals(e.kind())) {
            outcomeDeadlineId = null;
        }
    }

    @EventSourcingHandler
    void on(TriageClosed e) {
        status = TriageStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(DeadlinePassed e) {
        passedDeadlines.add(new TriageDeadlines.Due(e.deadline(), e.reference(), e.dueAt()));
    }
}
