package io.frontdoor.triage.deadline;

import java.time.Instant;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;

/**
 * How every aggregate schedules and cancels its persistent deadlines: a step with no due time has no deadline (null id),
 * and cancelling no deadline is nothing. The payload is the aggregate's own record: its type is stored with the
 * scheduled task, so deadlines already scheduled keep firing into the same {@code @DeadlineHandler}.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The id to cancel the deadline by, or null when nothing is due. */
    public static String schedule(DeadlineManager deadlines, String name, Instant dueAt, Object payload) {
        return dueAt == null ? null : deadlines.schedule(dueAt, name, payload);
    }

    public static void cancel(DeadlineManager deadlines, String name, String scheduleId) {
        if (scheduleId != null) {
            deadlines.cancelSchedule(name, scheduleId);
        }
    }

    /** Cancels each deadline of {@code scheduleIds}: its name, and the id it was scheduled under. */
    public static void cancelAll(DeadlineManager deadlines, Map<String, String> scheduleIds) {
        scheduleIds.forEach((name, scheduleId) -> cancel(deadlines, name, scheduleId));
    }
}
