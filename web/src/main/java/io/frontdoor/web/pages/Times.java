package io.frontdoor.web.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times as pages show them: in Europe/London (all instants are stored in UTC), e.g. "7 Dec 2026, 14:05". */
@Component("times")
public class Times {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK).withZone(LONDON);

    public String format(Object instant) {
        return instant == null ? "" : WHEN.format(instant(instant));
    }

    /** With the day of the week, as a promise is made: "Thursday 10 December, 17:00". */
    public String day(Object instant) {
        return instant == null ? "" : DAY.format(instant(instant));
    }

    /** A date without a time (a date of birth): "1 March 2022". */
    public String date(Object isoDate) {
        return isoDate == null ? "" : DATE.format(java.time.LocalDate.parse(isoDate.toString()));
    }

    static Instant instant(Object value) {
        return value instanceof Instant i ? i : Instant.parse(value.toString());
    }
}
