package io.frontdoor.triage.threshold;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;

/** A duration as a pack states it, e.g. 4 working hours; written in JSON as in the pack: {@code {"workingHours": 4}}. */
public record Timescale(int amount, TimescaleUnit unit) {

    public static Timescale of(int amount, TimescaleUnit unit) {
        return new Timescale(amount, unit);
    }

    @JsonValue
    public Map<String, Integer> asPackValue() {
        return Map.of(unit.key(), amount);
    }

    /** "4 working hours", "1 working day". */
    public String inWords() {
        return amount + " " + unit.words(amount);
    }
}
