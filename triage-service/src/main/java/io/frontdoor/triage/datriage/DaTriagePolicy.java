package io.frontdoor.triage.datriage;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.triage.childindex.ChildIndex;
import io.frontdoor.triage.datriage.DaTriageMessages.*;
import io.frontdoor.triage.triage.TriageCommands.RecordDaTriageOutcome;
import io.frontdoor.triage.triage.TriageEvents.ContactRouted;
import io.frontdoor.triage.triage.TriageReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Puts every notification routed to DOMESTIC_ABUSE_TRIAGE on its partnership's next weekly agenda, carries unreached
 * items to the following meeting, and hands each outcome back to the contact's triage. Runs in the transaction of
 * the event that triggers it, with errors propagated: an item is on an agenda exactly when its routing is recorded.
 * A domain policy, so no Spring annotation: the service's configuration makes it a bean.
 */
@ProcessingGroup(DaTriagePolicy.GROUP)
public class DaTriagePolicy {

    public static final String GROUP = "da-triage";

    private final CommandGateway commands;
    private final TriageReader triages;
    private final ChildIndex children;
    private final MeetingCalendar calendar;
    private final Clock clock;

    public DaTriagePolicy(CommandGateway commands, TriageReader triages, ChildIndex children, MeetingCalendar calendar, Clock clock) {
        this.commands = commands;
        this.triages = triages;
        this.children = children;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventHandler
    void on(ContactRouted routed) {
        if (!RouteCode.DOMESTIC_ABUSE_TRIAGE.name().equals(routed.route())) {
            return;
        }
        var contact = triages.submission(routed.contactId());
        var risk = contact.domesticAbuse() == null || contact.domesticAbuse().dashRisk() == null ? "STANDARD"
                : contact.domesticAbuse().dashRisk().name();
        List<Integer> indexes = routed.childIndexes().isEmpty()
                ? java.util.stream.IntStream.range(0, contact.children().size()).boxed().toList() : routed.childIndexes();
        List<String> names = indexes.stream().map(contact.children()::get)
                .map(c -> (nonNull(c.givenName()) + " " + nonNull(c.familyName())).trim()).toList();
        Instant meetingAt = calendar.nextMeeting(contact.packId(), clock.instant());
        commands.sendAndWait(new ScheduleDaItem(MeetingCalendar.meetingId(contact.packId(), meetingAt), contact.packId(), meetingAt,
                new AgendaItem(routed.contactId(), risk, names, children.previousDomesticAbuseNotifications(routed.contactId()), indexes), null));
    }

    @EventHandler
    void on(DaTriageItemRolledOver rolled) {
        commands.sendAndWait(new ScheduleDaItem(rolled.toMeetingId(), rolled.packId(), rolled.toMeetingAt(), rolled.item(),
                rolled.meetingId()));
    }

    @EventHandler
    void on(DaTriageItemDecided decided) {
        commands.sendAndWait(new RecordDaTriageOutcome(decided.contactId(), decided.meetingId(), decided.routes(),
                decided.rationale(), decided.decidedBy()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
