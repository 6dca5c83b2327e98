package io.frontdoor.projection.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants are stored in UTC and shown, and counted in days and weeks, in Europe/London. */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
