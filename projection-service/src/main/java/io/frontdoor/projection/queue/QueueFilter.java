package io.frontdoor.projection.queue;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/** What a worker narrows the queue to; every part is optional and they combine with AND. */
public record QueueFilter(
        @Parameter(description = "RED, AMBER, GREEN or NONE (not yet rated); repeat or comma-separate for several") List<String> rag,
        @Parameter(description = "only contacts allocated to this worker (\"allocated to me\"; from the token once security lands)") String worker,
        @Parameter(description = "only contacts nobody is allocated to") Boolean unallocated,
        @Parameter(description = "only contacts still awaiting a decision after its due time") Boolean overdue,
        @Parameter(description = "only contacts of this partnership pack, e.g. nottingham-city") String pack) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null);

    boolean onlyUnallocated() {
        return Boolean.TRUE.equals(unallocated);
    }

    boolean onlyOverdue() {
        return Boolean.TRUE.equals(overdue);
    }
}
