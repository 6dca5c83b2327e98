package io.frontdoor.kernel.code;

/**
 * The timescales a triage keeps as deadlines. Each name is also what a {@code DeadlinePassedV1} says passed, and the
 * kind of the read side's clock on a contact.
 */
public enum DeadlineKind {
    /** The worker's decision, due by the RAG's timescale. */
    DECISION,
    /** A partner agency's answer to a check. */
    PARTNER_CHECK,
    /** A manager's authorisation of a decision that needs one. */
    AUTHORISATION,
    /** Feedback to the referrer of a contact not accepted for social care. */
    FEEDBACK_NOT_ACCEPTED,
    /** The outcome to the referrer. */
    OUTCOME_TO_REFERRER
}
