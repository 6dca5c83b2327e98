package io.frontdoor.projection.queue;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Locale;

/** What a worker narrows the queue to; every part is optional and they combine with AND. */
public record QueueFilter(
        @Parameter(description = "RED, AMBER, GREEN or NONE (not yet rated); repeat or comma-separate for several") List<String> rag,
        @Parameter(description = "only contacts allocated to this worker (to see your own, use tab=mine: it takes you from your token)") String worker,
        @Parameter(description = "only contacts nobody is allocated to") Boolean unallocated,
        @Parameter(description = "only contacts still awaiting a decision after its due time") Boolean overdue,
        @Parameter(description = "only contacts of this partnership pack, e.g. nottingham-city") String pack,
        @Parameter(description = "one tab of the queue: unallocated, mine (allocated to you, from your token), authorisation, checks "
                + "(a partner check awaits an answer), overdue or all") String tab,
        @Parameter(description = "only contacts allocated to you, the signed-in caller (the same as tab=mine)") Boolean mine) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, null, null);

    /**
     * The filter for this caller: "mine" becomes the caller's own user id, from the token. A request that asks for
     * "mine" and names another worker is refused rather than answered for either; so is an unknown RAG or tab.
     */
    QueueFilter forCaller(String userId) {
        checked();
        QueueTab selected = QueueTab.of(tab);
        boolean own = selected == QueueTab.MINE || Boolean.TRUE.equals(mine);
        if (!own) {
            return this;
        }
        if (worker != null && !worker.equals(userId)) {
            throw InvalidSubmissionException.of("worker", "names another worker: \"mine\" is the signed-in caller's, from the token");
        }
        return new QueueFilter(rag, userId, unallocated, overdue, pack, QueueTab.MINE.id(), true);
    }

    /** The same filter without a tab or a worker: what the tabs' counts are counted over. */
    QueueFilter everyTab() {
        return new QueueFilter(rag, null, unallocated, overdue, pack, null, null);
    }

    QueueTab selectedTab() {
        return QueueTab.of(tab);
    }

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
