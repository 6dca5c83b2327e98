package io.frontdoor.kernel.time;

import java.util.Map;

/**
 * A duration as a threshold document states it: 4 working hours, 1 working day, 72 hours, 3 months. Written in a
 * pack as a one-key map: {@code {workingHours: 4}}.
 */
public record Timescale(int amount, Unit unit) {

    public enum Unit {
        HOURS("hours"), WORKING_HOURS("workingHours"), WORKING_DAYS("workingDays"), DAYS("days"), MONTHS("months");

        private final String key;

        Unit(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Timescale {
        if (amount < 0) {
            throw new IllegalArgumentException("a timescale cannot be negative");
        }
    }

    public static Timescale parse(Map<String, Integer> value) {
        if (value == null || value.size() != 1) {
            throw new IllegalArgumentException("a timescale has exactly one of hours, workingHours, workingDays, days, months");
        }
        var entry = value.entrySet().iterator().next();
        for (Unit unit : Unit.values()) {
            if (unit.key.equals(entry.getKey())) {
                return new Timescale(entry.getValue(), unit);
            }
        }
        throw new IllegalArgumentException("unknown timescale unit " + entry.getKey());
    }
}
