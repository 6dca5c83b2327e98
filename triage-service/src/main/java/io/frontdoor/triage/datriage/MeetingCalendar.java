package io.frontdoor.triage.datriage;

import io.frontdoor.triage.threshold.pack.DaTriageMeeting;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;

/**
 * When each partnership's weekly DA triage meets: the pack's day and time, or — where its document gives none —
 * Wednesday at 10:00. A meeting's id is the pack and its date, so every notification for a week joins one agenda.
 */
@Component
public class MeetingCalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DaTriageMeeting DEFAULT = new DaTriageMeeting(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0),
            "Weekly domestic abuse triage", "front door default: the document gives no meeting time");

    private final PackRegistry packs;

    public MeetingCalendar(PackRegistry packs) {
        this.packs = packs;
    }

    /** The first meeting strictly after {@code instant}. */
    public Instant nextMeeting(String packId, Instant instant) {
        DaTriageMeeting meeting = meeting(packId);
        ZonedDateTime local = instant.atZone(LONDON);
        ZonedDateTime candidate = local.with(TemporalAdjusters.nextOrSame(meeting.dayOfWeek())).with(meeting.time())
                .withSecond(0).withNano(0);
        return (candidate.isAfter(local) ? candidate : candidate.plusWeeks(1)).toInstant();
    }

    /** The meeting in the week after the meeting held on {@code date}. */
    public Instant meetingAfter(String packId, LocalDate date) {
        return nextMeeting(packId, date.atTime(23, 59).atZone(LONDON).toInstant());
    }

    public static String meetingId(String packId, Instant meetingAt) {
        return packId + "/" + meetingAt.atZone(LONDON).toLocalDate();
    }

    public LocalDate dateOf(String meetingId) {
        return LocalDate.parse(meetingId.substring(meetingId.lastIndexOf('/') + 1));
    }

    private DaTriageMeeting meeting(String packId) {
        return packs.find(packId).map(p -> p.daTriageMeeting()).filter(m -> m != null).orElse(DEFAULT);
    }
}
