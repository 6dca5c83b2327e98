package io.frontdoor.projection.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a rebuild is going. {@code state}: RUNNING, DONE or FAILED. {@code eventsTotal} is the log's length when it
 * started (the tail that arrives meanwhile is added at the switch-over).
 */
public record RebuildProgress(String id, List<String> views, String state, long eventsDone, long eventsTotal,
                              Instant startedAt, Instant updatedAt, Instant finishedAt, Double eventsPerSecond,
                              Long secondsLeft, String error) {

    static RebuildProgress of(String id, List<String> views, String state, long done, long total, Instant startedAt,
                              Instant updatedAt, Instant finishedAt, String error) {
        Instant end = finishedAt == null ? updatedAt : finishedAt;
        double seconds = Duration.between(startedAt, end).toMillis() / 1000.0;
        Double rate = seconds > 0 && done > 0 ? done / seconds : null;
        Long left = "RUNNING".equals(state) && rate != null ? Math.round(Math.max(0, total - done) / rate) : null;
        return new RebuildProgress(id, views, state, done, total, startedAt, updatedAt, finishedAt, rate, left, error);
    }
}
