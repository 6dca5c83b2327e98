package io.frontdoor.web.partner;

import io.frontdoor.web.pages.Times;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A referral's status and the front door's promises as a referrer reads them: "Being considered", "Outcome due by
 * Thursday 10 December, 17:00", "Kept: told you on Tuesday 8 December, 09:12", "Late".
 */
@Component("partnerWords")
public class PartnerWords {

    private static final Map<String, String> STATUS = Map.of(
            "RECEIVED", "Received: waiting to be looked at",
            "BEING_CONSIDERED", "Being considered by the front door",
            "DECIDED", "Decided",
            "CLOSED", "Closed: the front door's part is finished");

    private static final Map<String, String> PROMISE = Map.of(
            "DECISION", "A decision",
            "FEEDBACK_NOT_ACCEPTED", "Why it was not accepted",
            "OUTCOME_TO_REFERRER", "The outcome");

    private static final Map<String, String> FEEDBACK = Map.of(
            "NOT_ACCEPTED", "Not accepted",
            "OUTCOME", "Outcome");

    private final Times times;

    public PartnerWords(Times times) {
        this.times = times;
    }

    public String status(Object code) {
        return STATUS.getOrDefault(String.valueOf(code), String.valueOf(code));
    }

    public String promise(Object kind) {
        return PROMISE.getOrDefault(String.valueOf(kind), String.valueOf(kind));
    }

    public String feedback(Object kind) {
        return FEEDBACK.getOrDefault(String.valueOf(kind), String.valueOf(kind));
    }

    /** Whether a promise was kept, in words: kept, late, missed, or still due (and by when). */
    public String kept(Map<String, Object> promise) {
        Object kept = promise.get("kept");
        Object due = promise.get("dueAt");
        Object done = promise.get("doneAt");
        if (Boolean.TRUE.equals(kept)) {
            return "Kept: done " + times.day(done);
        }
        if (Boolean.FALSE.equals(kept)) {
            return done != null ? "Late: due " + times.day(due) + ", done " + times.day(done) : "Missed: was due " + times.day(due);
        }
        if (done != null) {
            return "Done " + times.day(done);
        }
        return due == null ? "Due: no time set yet" : "Due by " + times.day(due);
    }

    /** The tag colour for a promise: green kept, red late or missed, blue still due. */
    public String keptTag(Map<String, Object> promise) {
        Object kept = promise.get("kept");
        return Boolean.TRUE.equals(kept) ? "govuk-tag--green" : Boolean.FALSE.equals(kept) ? "govuk-tag--red" : "govuk-tag--blue";
    }
}
