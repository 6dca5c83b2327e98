package io.frontdoor.projection.timeline;

import io.frontdoor.projection.contact.ContactClock;
import java.time.Instant;

/**
 * A timescale as an auditor reads it: due against actual, and {@code met} (null while it cannot be known yet).
 * {@code state}: MET, LATE (done after the due time), OVERDUE (not done and past due, or declared missed), PENDING
 * (not done, not yet due), DONE or RUNNING (no due time known).
 */
public record TimescaleView(String kind, String reference, String about, Instant startedAt, Instant dueAt, Instant actualAt,
                            Boolean met, String state, boolean breachRecorded) {

    static TimescaleView of(ContactClock clock, Instant now) {
        Boolean met = clock.met(now);
        String state;
        if (clock.doneAt() != null) {
            state = met == null ? "DONE" : met ? "MET" : "LATE";
        } else {
            state = Boolean.FALSE.equals(met) ? "OVERDUE" : clock.dueAt() == null ? "RUNNING" : "PENDING";
        }
        return new TimescaleView(clock.kind(), clock.reference(), clock.about(), clock.startedAt(), clock.dueAt(),
                clock.doneAt(), met, state, clock.breached());
    }
}
