package io.frontdoor.triage.triage;

import io.frontdoor.triage.deadline.Deadlines;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;

/** The triage's timescales as persistent deadlines: scheduled with what passed, cancelled when the step is done. */
final class TriageDeadlines {

    static final String DECISION = "DECISION";
    static final String PARTNER_CHECK = "PARTNER_CHECK";
    static final String AUTHORISATION = "AUTHORISATION";
    static final String FEEDBACK_NOT_ACCEPTED = "FEEDBACK_NOT_ACCEPTED";
    static final String OUTCOME_TO_REFERRER = "OUTCOME_TO_REFERRER";

    /** The deadline's payload: which timescale, for what (a check id), due when. */
    record Due(String deadline, String reference, Instant dueAt) {
    }

    private TriageDeadlines() {
    }

    static String schedule(DeadlineManager deadlines, String deadline, String reference, Instant dueAt) {
        return Deadlines.schedule(deadlines, deadline, dueAt, new Due(deadline, reference, dueAt));
    }

    static void cancel(DeadlineManager deadlines, String deadline, String scheduleId) {
        Deadlines.cancel(deadlines, deadline, scheduleId);
    }
}
