package io.frontdoor.triage.datriage;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The weekly domestic-abuse triage meeting (North Lincolnshire's IMAP triage): commands and events. */
public final class DaTriageMessages {

    private DaTriageMessages() {
    }

    /**
     * An item on the agenda: the household once, with its DASH risk, the children it concerns ({@code children} their names,
     * {@code childIndexes} their places in the contact) and earlier DA notifications about the same household.
     */
    public record AgendaItem(String contactId, String dashRisk, List<String> children, int previousNotifications,
                             List<Integer> childIndexes) {
        public AgendaItem {
            childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        }

        public AgendaItem(String contactId, String dashRisk, List<String> children, int previousNotifications) {
            this(contactId, dashRisk, children, previousNotifications, List.of());
        }
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

    /** {@code childIndexes}: the item's children, repeated at the top for the public event. */
    public record DaTriageItemScheduled(String meetingId, String packId, Instant meetingAt, String contactId, String dashRisk,
                                        AgendaItem item, String rolledOverFromMeetingId, List<Integer> childIndexes) {
        public DaTriageItemScheduled {
            childIndexes = childIndexes != null ? List.copyOf(childIndexes) : item == null ? List.of() : item.childIndexes();
        }

        public DaTriageItemScheduled(String meetingId, String packId, Instant meetingAt, String contactId, String dashRisk,
                                     AgendaItem item, String rolledOverFromMeetingId) {
            this(meetingId, packId, meetingAt, contactId, dashRisk, item, rolledOverFromMeetingId, null);
        }
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
