package io.frontdoor.projection.queue;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * The queue's tabs: which open contacts each holds for the caller. "Mine" is the caller's own (the token's user),
 * never a worker named in the request.
 */
public enum QueueTab {
    UNALLOCATED((entry, me) -> entry.allocatedTo() == null && awaitingDecision(entry)),
    MINE((entry, me) -> me != null && me.equals(entry.allocatedTo())),
    AUTHORISATION((entry, me) -> "AWAITING_AUTHORISATION".equals(entry.status())),
    CHECKS((entry, me) -> entry.partnerCheckDueAt() != null),
    OVERDUE((entry, me) -> entry.overdue()),
    ALL((entry, me) -> true);

    private final BiPredicate<QueueEntry, String> holds;

    QueueTab(BiPredicate<QueueEntry, String> holds) {
        this.holds = holds;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean holds(QueueEntry entry, String me) {
        return holds.test(entry, me);
    }

    /** A tab by its id ({@code mine}, any case); null for none; anything else a 400 naming {@code tab}. */
    static QueueTab of(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(tab -> tab.id().equalsIgnoreCase(id.trim())).findFirst()
                .orElseThrow(() -> InvalidSubmissionException.of("tab", "must be one of " + Arrays.stream(values()).map(QueueTab::id).toList()));
    }

    private static boolean awaitingDecision(QueueEntry entry) {
        return "IN_TRIAGE".equals(entry.status()) || "RECEIVED".equals(entry.status());
    }
}
