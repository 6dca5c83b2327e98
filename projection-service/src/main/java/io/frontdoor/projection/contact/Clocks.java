package io.frontdoor.projection.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact's timescales by key ({@code DECISION}, {@code PARTNER_CHECK:check-1}, ...). A clock starts once; later
 * events add what they know (its due time, when it was done, that triage declared it missed).
 */
public final class Clocks {

    private final Map<String, ContactClock> byKey;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Clocks(Map<String, ContactClock> byKey) {
        this.byKey = new LinkedHashMap<>(byKey == null ? Map.of() : byKey);
    }

    Clocks() {
        this(Map.of());
    }

    @JsonValue
    Map<String, ContactClock> byKey() {
        return byKey;
    }

    void start(String kind, String reference, String about, Instant startedAt, Instant dueAt) {
        byKey.putIfAbsent(ContactClock.key(kind, reference), ContactClock.started(kind, reference, about, startedAt, dueAt));
    }

    /** Starts the clock afresh, as a new decision does for its authorisation. */
    void restart(String kind, String about, Instant startedAt) {
        byKey.put(ContactClock.key(kind, null), ContactClock.started(kind, null, about, startedAt, null));
    }

    /** The first time the step is done counts; a step done without a known start starts then. */
    void done(String kind, String reference, Instant at) {
        start(kind, reference, null, at, null);
        byKey.computeIfPresent(ContactClock.key(kind, reference), (key, clock) -> clock.doneAt() == null ? clock.done(at) : clock);
    }

    /** The step is owed again (a returned decision). */
    void reopen(String kind) {
        byKey.computeIfPresent(kind, (key, clock) -> clock.done(null));
    }

    /** The due time as triage computed it, replacing any assumed one. */
    void due(String kind, Instant startedAt, Instant dueAt) {
        start(kind, null, null, startedAt, dueAt);
        byKey.computeIfPresent(kind, (key, clock) -> clock.due(dueAt));
    }

    void breached(String kind, String reference, Instant dueAt) {
        start(kind, reference, null, null, dueAt);
        byKey.computeIfPresent(ContactClock.key(kind, reference), (key, clock) -> clock.breached(dueAt));
    }

    /** The front door's own steps a worker's closure makes no longer owed; a route's timescale stays the service's. */
    private static final java.util.Set<String> OWED_BY_THE_FRONT_DOOR = java.util.Set.of(ContactClock.DECISION, ContactClock.AUTHORISATION,
            ContactClock.PARTNER_CHECK, ContactClock.FEEDBACK_NOT_ACCEPTED, ContactClock.OUTCOME_TO_REFERRER);

    /** A worker closed the contact: its own steps not done (and not declared missed) are withdrawn, never judged late. */
    void withdrawOpenSteps() {
        byKey.values().removeIf(clock -> clock.doneAt() == null && !clock.breached() && OWED_BY_THE_FRONT_DOOR.contains(clock.kind()));
    }

    Instant doneAt(String kind) {
        ContactClock clock = byKey.get(kind);
        return clock == null ? null : clock.doneAt();
    }

    List<ContactClock> all() {
        return List.copyOf(byKey.values());
    }
}
