package io.frontdoor.kernel.time;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A duration as a threshold document states it: 4 working hours, 1 working day, 72 hours, 3 months. Written in a
 * pack, and in JSON, as a one-key map: {@code {workingHours: 4}}.
 */
public record Timescale(int amount, Unit unit) {

    /** The units a pack may count a timescale in; {@link #key()} is the word used in the pack file. */
    public enum Unit {
        HOURS("hours", "hour", "hours"),
        WORKING_HOURS("workingHours", "working hour", "working hours"),
        WORKING_DAYS("workingDays", "working day", "working days"),
        DAYS("days", "day", "days"),
        MONTHS("months", "month", "months");

        private final String key;
        private final String singular;
        private final String plural;

        Unit(String key, String singular, String plural) {
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

        public static Optional<Unit> ofKey(String key) {
            return Stream.of(values()).filter(unit -> unit.key.equals(key)).findFirst();
        }
    }

    public Timescale {
        if (amount < 0) {
            throw new IllegalArgumentException("a timescale cannot be negative");
        }
    }

    public static Timescale of(int amount, Unit unit) {
        return new Timescale(amount, unit);
    }

    public static Timescale parse(Map<String, Integer> value) {
        if (value == null || value.size() != 1) {
            throw new IllegalArgumentException("a timescale has exactly one of hours, workingHours, workingDays, days, months");
        }
        var entry = value.entrySet().iterator().next();
        return Unit.ofKey(entry.getKey()).map(unit -> new Timescale(entry.getValue(), unit))
                .orElseThrow(() -> new IllegalArgumentException("unknown timescale unit " + entry.getKey()));
    }

    /** The pack's own shape, {@code {"workingHours": 4}}: how the platform writes a timescale wherever it is shown as JSON. */
    public Map<String, Integer> asPackValue() {
        return Map.of(unit.key(), amount);
    }

    /** "4 working hours", "1 working day". */
    public String inWords() {
        return amount + " " + unit.words(amount);
    }
}
