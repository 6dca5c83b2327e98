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

    public String format(Object instant) {
        if (instant == null) {
            return "";
        }
        Instant at = instant instanceof Instant i ? i : Instant.parse(instant.toString());
        return WHEN.format(at);
    }
}
