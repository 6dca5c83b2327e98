package io.frontdoor.triage.datriage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.validation.Codes;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.datriage.DaTriageMessages.*;
import io.frontdoor.kernel.code.RouteCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One weekly domestic-abuse triage meeting of a partnership ("via the weekly triage meeting which will determine the
 * next steps"): its agenda fills as notifications are routed to it, it is opened, each item gets an outcome, and when
 * it closes any item not reached rolls to the next meeting. A HIGH-risk notification never waits for it.
 */
@Aggregate
public class DaTriageMeeting {

    enum Status { SCHEDULED, OPEN, CLOSED }

    @AggregateIdentifier
    private String meetingId;
    private String packId;
    private Status status;
    private final Map<String, AgendaItem> undecided = new LinkedHashMap<>();
    private int decided;

    protected DaTriageMeeting() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleDaItem c) {
        if ("HIGH".equals(c.item().dashRisk())) {
            throw new ConflictException("a HIGH-risk notification never waits for the weekly meeting: MARAC and a strategy discussion");
        }
        if (status == Status.CLOSED) {
            throw new ConflictException("meeting " + c.meetingId() + " is closed");
        }
        if (!undecided.containsKey(c.item().contactId())) {
            apply(new DaTriageItemScheduled(c.meetingId(), c.packId(), c.meetingAt(), c.item().contactId(), c.item().dashRisk(),
                    c.item(), c.rolledOverFromMeetingId()));
        }
    }

    @CommandHandler
    void handle(OpenMeeting c) {
        if (status != Status.SCHEDULED) {
            throw new ConflictException("meeting " + meetingId + " is " + status.name().toLowerCase());
        }
        apply(new DaTriageMeetingOpened(meetingId, c.chair()));
    }

    @CommandHandler
    void handle(DecideItem c) {
        if (status != Status.OPEN) {
            throw new ConflictException("open the meeting before deciding its items");
        }
        if (!undecided.containsKey(c.contactId())) {
            throw new ConflictException("contact " + c.contactId() + " is not awaiting an outcome at this meeting");
        }
        if (c.routes() == null || c.routes().isEmpty() || c.rationale() == null || c.rationale().isBlank()) {
            throw InvalidSubmissionException.of(c.routes() == null || c.routes().isEmpty() ? "routes" : "rationale",
                    "an outcome needs at least one route and its rationale");
        }
        for (int i = 0; i < c.routes().size(); i++) {
            Codes.require("routes[" + i + "]", c.routes().get(i), RouteCode.class);
        }
        apply(new DaTriageItemDecided(meetingId, c.contactId(), c.routes(), c.rationale(), c.agenciesPresent(), c.decidedBy()));
    }

    @CommandHandler
    void handle(CloseMeeting c, MeetingCalendar calendar) {
        if (status != Status.OPEN) {
            throw new ConflictException("only an open meeting can be closed");
        }
        Instant next = calendar.meetingAfter(packId, calendar.dateOf(meetingId));
        String nextId = MeetingCalendar.meetingId(packId, next);
        int rolled = undecided.size();
        undecided.values().forEach(item -> apply(new DaTriageItemRolledOver(meetingId, packId, item.contactId(), item, nextId, next)));
        apply(new DaTriageMeetingClosed(meetingId, c.closedBy(), decided, rolled));
    }

    @EventSourcingHandler
    void on(DaTriageItemScheduled e) {
        if (meetingId == null) {
            meetingId = e.meetingId();
            packId = e.packId();
            status = Status.SCHEDULED;
        }
        undecided.put(e.contactId(), e.item());
    }

    @EventSourcingHandler
    void on(DaTriageMeetingOpened e) {
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(DaTriageItemDecided e) {
        undecided.remove(e.contactId());
        decided++;
    }

    @EventSourcingHandler
    void on(DaTriageMeetingClosed e) {
        status = Status.CLOSED;
    }
}
