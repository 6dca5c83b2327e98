package io.frontdoor.triage.datriage;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The weekly domestic-abuse triage meeting (North Lincolnshire's IMAP triage): commands and events. */
public final class DaTriageMessages {

    private DaTriageMessages() {
    }

    /** An item on the agenda: the DASH risk, the children, and earlier DA notifications about the same household. */
    public record AgendaItem(String contactId, String dashRisk, List<String> children, int previousNotifications) {
    }

    public record ScheduleDaItem(@TargetAggregateIdentifier String meetingId, String packId, Instant meetingAt, AgendaItem item,
                                 String rolledOverFromMeetingId) {
    }

    public record OpenMeeting(@TargetAggregateIdentifier String meetingId, String chair) {
    }

    public record DecideItem(@TargetAggregateIdentifier String meetingId, String contactId, List<String> routes, String rationale,
                             List<String> agenciesPresent, String decidedBy) {
    }

    public record CloseMeeting(@TargetAggregateIdentifier String meetingId, String closedBy) {
    }

    public record DaTriageItemScheduled(String meetingId, String packId, Instant meetingAt, String contactId, String dashRisk,
                                        AgendaItem item, String rolledOverFromMeetingId) {
    }

    public record DaTriageMeetingOpened(String meetingId, String chair) {
    }

    public record DaTriageItemDecided(String meetingId, String contactId, List<String> routes, String rationale,
                                      List<String> agenciesPresent, String decidedBy) {
    }

    /** An item the meeting did not reach: it goes on the next meeting's agenda, and says so. */
    public record DaTriageItemRolledOver(String meetingId, String packId, String contactId, AgendaItem item, String toMeetingId,
                                         Instant toMeetingAt) {
    }

    public record DaTriageMeetingClosed(String meetingId, String closedBy, int decided, int rolledOver) {
    }
}
