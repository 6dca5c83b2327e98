package io.frontdoor.triage.threshold.pack;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The weekly meeting where standard and medium risk domestic-abuse notifications are triaged. */
public record DaTriageMeeting(DayOfWeek dayOfWeek, LocalTime time, String localName, String source) {
}
