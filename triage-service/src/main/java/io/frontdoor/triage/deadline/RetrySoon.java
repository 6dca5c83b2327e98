package io.frontdoor.triage.deadline;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deadline whose handler failed is tried again soon, then less often: after 1 s, 2 s, 4 s… and never more than
 * {@code cap} apart, and never given up. db-scheduler's default waits five minutes after any failure, and the usual
 * failure is passing: with two instances, two deadlines of one triage falling due together are handled on both at once,
 * and the one that appends second finds the sequence number taken. Five minutes late is too late for a decision clock.
 */
public class RetrySoon<T> implements FailureHandler<T> {

    private static final Logger log = LoggerFactory.getLogger(RetrySoon.class);

    private final Duration first;
    private final Duration cap;

    public RetrySoon(Duration first, Duration cap) {
        this.first = first;
        this.cap = cap;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        int failuresBefore = complete.getExecution().consecutiveFailures;
        Instant next = complete.getTimeDone().plus(delayAfter(failuresBefore + 1));
        log.warn("deadline {} failed ({} in a row: {}); trying again at {}", complete.getExecution().taskInstance.getId(),
                failuresBefore + 1, complete.getCause().map(Throwable::toString).orElse("no cause"), next);
        operations.reschedule(complete, next);
    }

    /** How long to wait after the {@code failures}-th failure in a row. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
