package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.triage.deadline.Deadlines;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;

/** The triage's timescales as persistent deadlines: scheduled with what passed, cancelled when the step is done. */
final class TriageDeadlines {

    /** The deadline's payload: which timescale, for what (a check id), due when. */
    record Due(DeadlineKind deadline, String reference, Instant dueAt) {
    }

    private TriageDeadlines() {
    }

    static String schedule(DeadlineManager deadlines, DeadlineKind deadline, String reference, Instant dueAt) {
        return Deadlines.schedule(deadlines, deadline.name(), dueAt, new Due(deadline, reference, dueAt));
    }

    static void cancel(DeadlineManager deadlines, DeadlineKind deadline, String scheduleId) {
        Deadlines.cancel(deadlines, deadline.name(), scheduleId);
    }
}
