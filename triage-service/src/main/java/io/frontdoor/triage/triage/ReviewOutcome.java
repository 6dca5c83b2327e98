package io.frontdoor.triage.triage;

/** What a worker found on reviewing a decision an update flagged: it stands as decided, or it is revised. */
public enum ReviewOutcome {
    DECISION_STANDS, DECISION_REVISED
}
