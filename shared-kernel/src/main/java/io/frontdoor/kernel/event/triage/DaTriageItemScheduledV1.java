package io.frontdoor.kernel.event.triage;

import java.time.Instant;

/** A domestic-abuse notification joined the agenda of a weekly DA triage meeting (or rolled on to the next one). */
public record DaTriageItemScheduledV1(String contactId, String meetingId, Instant meetingAt, String dashRisk,
                                      String rolledOverFromMeetingId) {

    public static final String TYPE = "DaTriageItemScheduled";
}
