package io.frontdoor.triage.escalation;

/** How a stage of a disagreement ended: resolved (UPHELD, DECISION_CHANGED, AGREEMENT_REACHED) or ESCALATED to the next. */
public enum StageOutcomeCode {
    UPHELD, DECISION_CHANGED, AGREEMENT_REACHED, ESCALATED
}
