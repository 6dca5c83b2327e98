package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.TriageCommands.OpenTriage;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The front door's work on one contact: opened with the engine's recommendation, allocated, checked with partners,
 * decided (and authorised where the pack says so), routed, fed back, closed. Every timescale is a persistent deadline.
 * Each child the contact names has its own recommendation, decision and routes; the contact's are the children's together.
 * The root opens it and keeps what every part reads (the contact, its status) and the deadlines every part starts; each
 * part of the work is an entity ({@code @AggregateMember}) with its own state and handlers.
 */
@Aggregate
public class Triage {

    @AggregateIdentifier
    private String contactId;
    private OpenedContact contact;
    private TriageStatus status;
    private final Set<TriageDeadlines.Due> passedDeadlines = new HashSet<>();

    @AggregateMember
    private final Allocation allocation = new Allocation(this);
    @AggregateMember
    private final ChildLinks childLinks = new ChildLinks(this);
    @AggregateMember
    private final RecommendationInForce recommendation = new RecommendationInForce(this);
    @AggregateMember
    private final PartnerChecks checks = new PartnerChecks(this);
    @AggregateMember
    private final FeedbackClocks feedback = new FeedbackClocks(this);
    @AggregateMember
    private final Routing routing = new Routing(this);
    @AggregateMember
    private final Decision decision = new Decision(this, recommendation, routing, feedback);
    @AggregateMember
    private final Authorisation authorisation = new Authorisation(this, decision);
    @AggregateMember
    private final DecisionReview review = new DecisionReview(this, decision);
    @AggregateMember
    private final Closure closure = new Closure(this, recommendation, authorisation, checks, feedback);

    protected Triage() {
    }

    @CommandHandler
    public Triage(OpenTriage c, DeadlineManager deadlines) {
        String decisionDeadline = TriageDeadlines.schedule(deadlines, DeadlineKind.DECISION, null, c.decisionDueAt());
        String outcomeDeadline = TriageDeadlines.schedule(deadlines, DeadlineKind.OUTCOME_TO_REFERRER, null, c.outcomeDueAt());
        apply(TriageOpened.openedOn(c, decisionDeadline, outcomeDeadline));
        if (c.outcomeDueAt() != null) {
            apply(new FeedbackDue(c.contactId(), FeedbackKind.OUTCOME.name(), c.outcomeDueAt(), outcomeDeadline));
        }
        c.childLinks().forEach(link -> apply(ContactLinkedToChild.linked(c.contactId(), link)));
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

    /** A deadline is cancelled when its step is done; this guards the race where it fires as the step completes. */
    private boolean stillOwed(TriageDeadlines.Due due) {
        return switch (due.deadline()) {
            case DECISION -> !decision.made() && status == TriageStatus.OPEN;
            case PARTNER_CHECK -> checks.isOpen(due.reference());
            case AUTHORISATION -> status == TriageStatus.AWAITING_AUTHORISATION;
            case FEEDBACK_NOT_ACCEPTED -> feedback.owes(FeedbackKind.NOT_ACCEPTED);
            case OUTCOME_TO_REFERRER -> status != TriageStatus.CLOSED;
        };
    }

    void requireOpen() {
        if (status == TriageStatus.CLOSED) {
            throw new ConflictException("this triage is closed");
        }
    }

    String contactId() {
        return contactId;
    }

    OpenedContact contact() {
        return contact;
    }

    String packId() {
        return contact.packId();
    }

    TriageStatus status() {
        return status;
    }

    String allocatedTo() {
        return allocation.worker();
    }

    @EventSourcingHandler
    void on(TriageOpened e) {
        contactId = e.contactId();
        contact = OpenedContact.of(e);
        status = TriageStatus.OPEN;
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        status = e.authorisationRequired() ? TriageStatus.AWAITING_AUTHORISATION : TriageStatus.DECIDED;
    }

    @EventSourcingHandler
    void on(DecisionAuthorised e) {
        status = TriageStatus.DECIDED;
    }

    @EventSourcingHandler
    void on(DecisionReturned e) {
        status = TriageStatus.OPEN;
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
