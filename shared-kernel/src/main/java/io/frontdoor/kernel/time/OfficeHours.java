package io.frontdoor.kernel.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** When the front door is staffed, day by day, in its own time zone; a day left out is closed. */
public record OfficeHours(ZoneId zone, Map<DayOfWeek, Window> days) {

    /** Open from {@code open} until {@code close} (exclusive). */
    public record Window(LocalTime open, LocalTime close) {
        public Window {
            if (!close.isAfter(open)) {
                throw new IllegalArgumentException("an office day must close after it opens");
            }
        }
    }

    public OfficeHours {
        days = new EnumMap<>(days);
    }

    public static OfficeHours of(ZoneId zone, Map<DayOfWeek, Window> days) {
        return new OfficeHours(zone, days);
    }

    public Optional<Window> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }
}
