package io.frontdoor.triage.datriage;

import io.frontdoor.kernel.validation.TextLimits;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.triage.datriage.DaTriageMessages.*;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.platform.problem.Code;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.*;

/**
 * The weekly DA triage meeting: its agenda, opening it, each item's outcome, closing it. Who opens (the chair), decides
 * and closes is the signed-in user of the token, never a name in the body. The agenda shows each listed contact's
 * children and DASH risk: every contact on it is recorded in the access audit as read.
 */
@RestController
@RequestMapping("/api/da-triage/meetings")
public class DaTriageController {

    public record Agenda(String meetingId, Instant meetingAt, String status, List<AgendaEntry> items) {
    }

    public record AgendaEntry(AgendaItem item, String rolledOverFromMeetingId, String outcome, List<String> routes, String rationale) {
    }

    /** Named apart from the threshold engine's {@code Outcome}: one API description holds both. */
    public record ItemOutcome(@NotEmpty @Size(max = TextLimits.LIST_ITEMS) @ArraySchema(schema = @Schema(implementation = RouteCode.class))
                              List<@NotNull @Code(RouteCode.class) String> routes,
                          @NotBlank @Size(max = TextLimits.NARRATIVE) String rationale,
                          @Size(max = TextLimits.LIST_ITEMS) List<@NotBlank @Size(max = TextLimits.NAME) String> agenciesPresent) {
    }

    static final String AGENDA = "GET /api/da-triage/meetings/{pack}/{date}";

    private final CommandGateway commands;
    private final EventStore events;
    private final MeetingCalendar calendar;
    private final Clock clock;
    private final AccessAudit audit;

    public DaTriageController(CommandGateway commands, EventStore events, MeetingCalendar calendar, Clock clock, AccessAudit audit) {
        this.commands = commands;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** The id of a partnership's next meeting (its agenda may still be empty). */
    @GetMapping("/next")
    public Map<String, Object> next(@RequestParam String pack) {
        Instant at = calendar.nextMeeting(pack, clock.instant());
        return Map.of("meetingId", MeetingCalendar.meetingId(pack, at), "meetingAt", at);
    }

    /** One answer showing several contacts: each is recorded as read before the answer is sent (none shown unrecorded). */
    @GetMapping("/{pack}/{date}")
    public Agenda agenda(@PathVariable String pack, @PathVariable String date, Actor actor) {
        String meetingId = pack + "/" + date;
        Map<String, AgendaEntry> items = new LinkedHashMap<>();
        Instant at = null;
        String status = "SCHEDULED";
        for (DomainEventMessage<?> m : events.readEvents(meetingId).asStream().toList()) {
            Object e = m.getPayload();
            if (e instanceof DaTriageItemScheduled s) {
                at = s.meetingAt();
                items.put(s.contactId(), new AgendaEntry(s.item(), s.rolledOverFromMeetingId(), "AWAITING", List.of(), null));
            } else if (e instanceof DaTriageItemDecided d) {
                var entry = items.get(d.contactId());
                items.put(d.contactId(), new AgendaEntry(entry.item(), entry.rolledOverFromMeetingId(), "DECIDED", d.routes(), d.rationale()));
            } else if (e instanceof DaTriageItemRolledOver r) {
                var entry = items.get(r.contactId());
                items.put(r.contactId(), new AgendaEntry(entry.item(), entry.rolledOverFromMeetingId(), "ROLLED_OVER_TO " + r.toMeetingId(),
                        List.of(), null));
            } else if (e instanceof DaTriageMeetingOpened) {
                status = "OPEN";
            } else if (e instanceof DaTriageMeetingClosed) {
                status = "CLOSED";
            }
        }
        if (at == null) {
            throw new NotFoundException("no agenda for meeting " + meetingId);
        }
        items.keySet().forEach(contactId -> audit.recordRead(actor, RecordType.CONTACT, contactId, AGENDA));
        return new Agenda(meetingId, at, status, new ArrayList<>(items.values()));
    }

    @PostMapping("/{pack}/{date}/opening")
    public Map<String, String> open(@PathVariable String pack, @PathVariable String date, Actor actor) {
        commands.sendAndWait(new OpenMeeting(pack + "/" + date, actor.userId()));
        return Map.of("meetingId", pack + "/" + date, "status", "OPEN");
    }

    @PostMapping("/{pack}/{date}/items/{contactId}/outcome")
    public Map<String, String> decide(@PathVariable String pack, @PathVariable String date, @PathVariable String contactId,
                                      @RequestBody ItemOutcome body, Actor actor) {
        commands.sendAndWait(new DecideItem(pack + "/" + date, contactId, body.routes(), body.rationale(), body.agenciesPresent(),
                actor.userId()));
        return Map.of("meetingId", pack + "/" + date, "contactId", contactId, "outcome", "DECIDED");
    }

    @PostMapping("/{pack}/{date}/closing")
    public Map<String, String> close(@PathVariable String pack, @PathVariable String date, Actor actor) {
        commands.sendAndWait(new CloseMeeting(pack + "/" + date, actor.userId()));
        return Map.of("meetingId", pack + "/" + date, "status", "CLOSED");
    }
}
