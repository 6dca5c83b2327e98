package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.TriageEvents.ChildDecided;
import io.frontdoor.triage.triage.TriageCommands.RecordDaTriageOutcome;
import io.frontdoor.triage.triage.TriageCommands.RecordStrategyDiscussionOutcome;
import io.frontdoor.triage.triage.TriageEvents.ContactRouted;
import io.frontdoor.triage.triage.TriageEvents.StrategyDiscussionOutcomeRecorded;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The routes the contact's children were sent on, each child at most once a route: by the decision, by a strategy
 * discussion that called for a section 47 enquiry, by the weekly domestic abuse triage.
 */
class Routing {

    private final Triage triage;
    /** Route code to the children sent on it. */
    private final Map<String, Set<Integer>> routed = new HashMap<>();
    private final Set<Integer> strategyOutcomeRecorded = new TreeSet<>();

    Routing(Triage triage) {
        this.triage = triage;
    }

    @CommandHandler
    void handle(RecordDaTriageOutcome c, PackContext clock) {
        Set<Integer> household = routed.getOrDefault(RouteCode.DOMESTIC_ABUSE_TRIAGE.name(), Set.of());
        if (household.isEmpty()) {
            throw new ConflictException("this contact was not routed to the weekly domestic abuse triage");
        }
        for (String route : c.routes()) {
            List<Integer> children = notYetRouted(route, household);
            if (!children.isEmpty()) {
                send(route, Map.of("from", RouteCode.DOMESTIC_ABUSE_TRIAGE.name(), "meetingId", c.meetingId()),
                        clock.routeDue(triage.packId(), route, clock.now()), children, clock);
            }
        }
    }

    @CommandHandler
    void handle(RecordStrategyDiscussionOutcome c, PackContext clock) {
        Set<Integer> discussed = routed.getOrDefault(RouteCode.STRATEGY_DISCUSSION.name(), Set.of());
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
        apply(new StrategyDiscussionOutcomeRecorded(triage.contactId(), c.section47Enquiry(), c.participants(), c.recordedBy(), children));
        if (c.section47Enquiry()) {
            String enquiry = RouteCode.SECTION_47_ENQUIRY.name();
            send(enquiry, Map.of("from", RouteCode.STRATEGY_DISCUSSION.name()), null, notYetRouted(enquiry, children), clock);
        }
    }

    /** Each route any child's decision takes, once, naming the children it takes that were not sent on it before. */
    void route(List<ChildDecided> decided, PackContext clock) {
        Set<String> routes = new LinkedHashSet<>();
        decided.forEach(child -> routes.addAll(child.routes()));
        OpenedContact contact = triage.contact();
        for (String route : routes) {
            List<Integer> children = notYetRouted(route, decided.stream()
                    .filter(child -> child.routes().contains(route)).map(ChildDecided::index).toList());
            if (children.isEmpty()) {
                continue;
            }
            Instant due = clock.routeDue(contact.packId(), route, contact.receivedAt());
            send(route, RouteDetails.forRoute(route, contact.firstPostcode()), due, children, clock);
        }
    }

    /** The contact goes on {@code route} for these children, named by their given names. */
    private void send(String route, Map<String, String> details, Instant due, List<Integer> children, PackContext clock) {
        List<String> names = children.stream().map(triage.contact()::nameOf).toList();
        apply(new ContactRouted(triage.contactId(), route, clock.routeLocalName(triage.packId(), route), details, due, children, names));
    }

    private List<Integer> notYetRouted(String route, Collection<Integer> children) {
        Set<Integer> already = routed.getOrDefault(route, Set.of());
        return children.stream().filter(child -> !already.contains(child)).sorted().toList();
    }

    @EventSourcingHandler
    void on(ContactRouted e) {
        routed.computeIfAbsent(e.route(), route -> new TreeSet<>())
                .addAll(e.childIndexes().isEmpty() ? triage.contact().everyChild() : e.childIndexes());
    }

    @EventSourcingHandler
    void on(StrategyDiscussionOutcomeRecorded e) {
        strategyOutcomeRecorded.addAll(e.childIndexes().isEmpty() ? routed.getOrDefault(RouteCode.STRATEGY_DISCUSSION.name(), Set.of()) : e.childIndexes());
    }
}
