package io.frontdoor.projection.queue;

import java.util.List;

/** How many open contacts each of the queue's tabs holds for the caller ("mine": allocated to the token's user). */
public record QueueCounts(long unallocated, long mine, long authorisation, long checks, long overdue, long all) {

    static QueueCounts of(List<QueueEntry> open, String me) {
        return new QueueCounts(count(open, QueueTab.UNALLOCATED, me), count(open, QueueTab.MINE, me),
                count(open, QueueTab.AUTHORISATION, me), count(open, QueueTab.CHECKS, me), count(open, QueueTab.OVERDUE, me),
                open.size());
    }

    private static long count(List<QueueEntry> open, QueueTab tab, String me) {
        return open.stream().filter(entry -> tab.holds(entry, me)).count();
    }
}
