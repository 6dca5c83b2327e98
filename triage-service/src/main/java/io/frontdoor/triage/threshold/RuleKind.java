package io.frontdoor.triage.threshold;

/** What sort of threshold rule a pack rule is; shown to workers next to its explanation. */
public enum RuleKind {
    IMMEDIATE_REFERRAL,
    AGE,
    DOMESTIC_ABUSE,
    LADO,
    SPECIAL_CIRCUMSTANCE,
    CONSENT,
    FLOOR
}
