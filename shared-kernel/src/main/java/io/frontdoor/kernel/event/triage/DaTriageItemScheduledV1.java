package io.frontdoor.kernel.event.triage;

import java.time.Instant;
import java.util.List;

/**
 * A domestic-abuse notification joined the agenda of a weekly DA triage meeting (or rolled on to the next one): the
 * household once, with {@code childIndexes} the children of the contact it is about (empty in older events: every child).
 */
public record DaTriageItemScheduledV1(String contactId, String meetingId, Instant meetingAt, String dashRisk,
                                      String rolledOverFromMeetingId, List<Integer> childIndexes) {

    public static final String TYPE = "DaTriageItemScheduled";

    public DaTriageItemScheduledV1 {
        childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
    }

    public DaTriageItemScheduledV1(String contactId, String meetingId, Instant meetingAt, String dashRisk, String rolledOverFromMeetingId) {
        this(contactId, meetingId, meetingAt, dashRisk, rolledOverFromMeetingId, List.of());
    }
}
