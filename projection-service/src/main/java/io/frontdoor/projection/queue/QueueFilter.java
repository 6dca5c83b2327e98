package io.frontdoor.projection.queue;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Locale;

/** What a worker narrows the queue to; every part is optional and they combine with AND. */
public record QueueFilter(
        @Parameter(description = "RED, AMBER, GREEN or NONE (not yet rated); repeat or comma-separate for several") List<String> rag,
        @Parameter(description = "only contacts allocated to this worker (\"allocated to me\"; from the token once security lands)") String worker,
        @Parameter(description = "only contacts nobody is allocated to") Boolean unallocated,
        @Parameter(description = "only contacts still awaiting a decision after its due time") Boolean overdue,
        @Parameter(description = "only contacts of this partnership pack, e.g. nottingham-city") String pack) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null);

    /** The RAG filter's codes (any case); an unknown one would silently match nothing. */
    static final List<String> RAG_CODES = List.of("RED", "AMBER", "GREEN", "NONE");

    /** @throws InvalidSubmissionException naming {@code rag} when it holds a code that is not a RAG */
    QueueFilter checked() {
        if (rag != null && rag.stream().anyMatch(code -> code == null || !RAG_CODES.contains(code.strip().toUpperCase(Locale.ROOT)))) {
            throw InvalidSubmissionException.of("rag", "must be one or more of " + RAG_CODES);
        }
        return this;
    }

    boolean onlyUnallocated() {
        return Boolean.TRUE.equals(unallocated);
    }

    boolean onlyOverdue() {
        return Boolean.TRUE.equals(overdue);
    }
}
