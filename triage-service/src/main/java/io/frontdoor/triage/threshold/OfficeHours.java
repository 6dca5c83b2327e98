package io.frontdoor.triage.threshold;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** When the front door is staffed (a day left out is closed), and where contacts go outside those hours. */
public record OfficeHours(ZoneId timeZone, Map<DayOfWeek, OpeningTimes> days, RouteCode outOfHoursRoute,
                          String outOfHoursLocalName, String source) {

    public OfficeHours {
        days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    public boolean openAt(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZone);
        OpeningTimes times = days.get(local.getDayOfWeek());
        return times != null && times.includes(local.toLocalTime());
    }

    /** Opening and closing time of one day, closing time exclusive. */
    public record OpeningTimes(@JsonFormat(pattern = "HH:mm") LocalTime open, @JsonFormat(pattern = "HH:mm") LocalTime close) {
        public boolean includes(LocalTime time) {
            return !time.isBefore(open) && time.isBefore(close);
        }
    }
}
