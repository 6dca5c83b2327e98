package io.frontdoor.triage.threshold;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The weekly meeting where standard and medium risk domestic-abuse notifications are triaged. */
public record DaTriageMeeting(DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") LocalTime time, String localName, String source) {
}
