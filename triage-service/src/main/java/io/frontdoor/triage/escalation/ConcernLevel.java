package io.frontdoor.triage.escalation;

/**
 * How worried the person disagreeing is: HIGH shortens every stage to the pack's high-risk limit. A code, not free
 * text: {@code "high"} once silently got the standard limit.
 */
public enum ConcernLevel {
    STANDARD, HIGH
}
