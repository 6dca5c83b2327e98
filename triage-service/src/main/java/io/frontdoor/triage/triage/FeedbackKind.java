package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.util.Arrays;

/** The feedback a referrer is owed: within 24 hours when not accepted for social care; the outcome within 72 hours. */
public enum FeedbackKind {
    NOT_ACCEPTED(DeadlineKind.FEEDBACK_NOT_ACCEPTED), OUTCOME(DeadlineKind.OUTCOME_TO_REFERRER);

    private final DeadlineKind deadline;

    FeedbackKind(DeadlineKind deadline) {
        this.deadline = deadline;
    }

    DeadlineKind deadline() {
        return deadline;
    }

    static FeedbackKind parse(String kind) {
        return Arrays.stream(values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> InvalidSubmissionException.of("kind", "must be NOT_ACCEPTED or OUTCOME"));
    }
}
