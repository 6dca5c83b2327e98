package io.frontdoor.triage.threshold;

import java.util.Optional;
import java.util.stream.Stream;

/** The units a pack may count a timescale in; {@link #key()} is the word used in the pack file. */
public enum TimescaleUnit {
    HOURS("hours", "hour", "hours"),
    WORKING_HOURS("workingHours", "working hour", "working hours"),
    WORKING_DAYS("workingDays", "working day", "working days"),
    DAYS("days", "day", "days"),
    MONTHS("months", "month", "months");

    private final String key;
    private final String singular;
    private final String plural;

    TimescaleUnit(String key, String singular, String plural) {
        this.key = key;
        this.singular = singular;
        this.plural = plural;
    }

    public String key() {
        return key;
    }

    public String words(int amount) {
        return amount == 1 ? singular : plural;
    }

    public static Optional<TimescaleUnit> ofKey(String key) {
        return Stream.of(values()).filter(unit -> unit.key.equals(key)).findFirst();
    }
}
