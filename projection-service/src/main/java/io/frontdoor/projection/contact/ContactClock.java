package io.frontdoor.projection.contact;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.code.RouteCode;
import java.time.Instant;

/**
 * One clock on a contact: started, due, done, and whether triage declared it missed (a DeadlinePassed). {@code kind}
 * names the clock as triage's deadlines do; {@code reference} and {@code about} say which check or route it is.
 */
public record ContactClock(String kind, String reference, String about, Instant startedAt, Instant dueAt, Instant doneAt,
                           boolean breached) {

    public static final String DECISION = DeadlineKind.DECISION.name();
    public static final String AUTHORISATION = DeadlineKind.AUTHORISATION.name();
    public static final String PARTNER_CHECK = DeadlineKind.PARTNER_CHECK.name();
    public static final String FEEDBACK_NOT_ACCEPTED = DeadlineKind.FEEDBACK_NOT_ACCEPTED.name();
    public static final String OUTCOME_TO_REFERRER = DeadlineKind.OUTCOME_TO_REFERRER.name();
    /** Route clocks: the pack's timescale for a route, started when the contact is routed there. */
    public static final String LADO = RouteCode.LADO.name();
    public static final String STRATEGY_DISCUSSION = RouteCode.STRATEGY_DISCUSSION.name();

    public static ContactClock started(String kind, String reference, String about, Instant startedAt, Instant dueAt) {
        return new ContactClock(kind, reference, about, startedAt, dueAt, null, false);
    }

    public static String key(String kind, String reference) {
        return reference == null ? kind : kind + ":" + reference;
    }

    public String key() {
        return key(kind, reference);
    }

    public ContactClock due(Instant due) {
        return new ContactClock(kind, reference, about, startedAt, due, doneAt, breached);
    }

    public ContactClock done(Instant at) {
        return new ContactClock(kind, reference, about, startedAt, dueAt, at, breached);
    }

    public ContactClock breached(Instant due) {
        return new ContactClock(kind, reference, about, startedAt, due, doneAt, true);
    }

    /** Met: done by the due time. Null while that cannot be known yet (not done, not yet due, not declared missed). */
    public Boolean met(Instant now) {
        if (doneAt != null && dueAt != null) {
            return !doneAt.isAfter(dueAt);
        }
        if (doneAt == null && (breached || (dueAt != null && now.isAfter(dueAt)))) {
            return false;
        }
        return null;
    }
}
