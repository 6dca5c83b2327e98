package io.frontdoor.kernel.time;

import io.frontdoor.kernel.code.RouteCode;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the front door is staffed, day by day, in its own time zone (a day left out is closed), and where contacts go
 * outside those hours ({@code outOfHoursRoute}, under the partnership's own name; absent where no pack says).
 */
public record OfficeHours(ZoneId timeZone, Map<DayOfWeek, Window> days, RouteCode outOfHoursRoute,
                          String outOfHoursLocalName, String source) {

    /** Open from {@code open} until {@code close} (exclusive). */
    public record Window(LocalTime open, LocalTime close) {
        public Window {
            if (!close.isAfter(open)) {
                throw new IllegalArgumentException("an office day must close after it opens");
            }
        }

        public boolean includes(LocalTime time) {
            return !time.isBefore(open) && time.isBefore(close);
        }
    }

    public OfficeHours {
        days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    /** Opening hours alone, with nothing said of out-of-hours cover. */
    public static OfficeHours of(ZoneId zone, Map<DayOfWeek, Window> days) {
        return new OfficeHours(zone, days, null, null, null);
    }

    public Optional<Window> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /** Open by the week's hours alone; {@link WorkingCalendar#isOpen} also knows the bank holidays. */
    public boolean openAt(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZone);
        return on(local.getDayOfWeek()).filter(window -> window.includes(local.toLocalTime())).isPresent();
    }
}
