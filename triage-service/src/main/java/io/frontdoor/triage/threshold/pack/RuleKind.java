package io.frontdoor.triage.threshold.pack;

/** What sort of threshold rule a pack rule is; shown to workers next to its explanation. */
public enum RuleKind {
    IMMEDIATE_REFERRAL,
    AGE,
    DOMESTIC_ABUSE,
    LADO,
    SPECIAL_CIRCUMSTANCE,
    CONSENT,
    /** A child's history with the front door (repeat contacts, earlier notifications) changes the advice. */
    HISTORY,
    /** A child's own vulnerability (age, disability) changes the advice. */
    VULNERABILITY,
    FLOOR
}
