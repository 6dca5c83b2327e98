package io.frontdoor.triage.triage;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.util.Arrays;

/** The feedback a referrer is owed: within 24 hours when not accepted for social care; the outcome within 72 hours. */
public enum FeedbackKind {
    NOT_ACCEPTED(TriageDeadlines.FEEDBACK_NOT_ACCEPTED), OUTCOME(TriageDeadlines.OUTCOME_TO_REFERRER);

    private final String deadlineName;

    FeedbackKind(String deadlineName) {
        this.deadlineName = deadlineName;
    }

    String deadlineName() {
        return deadlineName;
    }

    static FeedbackKind parse(String kind) {
        return Arrays.stream(values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> InvalidSubmissionException.of("kind", "must be NOT_ACCEPTED or OUTCOME"));
    }
}
