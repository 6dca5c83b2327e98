package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.validation.Codes;

/** Why and how an early-help episode closed, as codes a manager can count rather than free text. */
public final class EarlyHelpClosure {

    private EarlyHelpClosure() {
    }

    static void require(String outcome, String reason) {
        Codes.require("outcome", outcome, Outcome.class);
        Codes.require("reason", reason, Reason.class);
    }

    /** How far the plan met the child's needs. */
    public enum Outcome {
        NEEDS_MET, NEEDS_PARTLY_MET, NEEDS_NOT_MET
    }

    /** Why the episode ends now (a step-up has its own endpoint and is recorded as STEPPED_UP). */
    public enum Reason {
        PLAN_COMPLETED, CONSENT_WITHDRAWN, FAMILY_DISENGAGED, FAMILY_MOVED_AWAY, TRANSFERRED_TO_ANOTHER_SERVICE, CHILD_TURNED_18
    }
}
