package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.time.Timescale;

/** One rung of the professional-disagreement ladder: who handles it and how long they have. */
public record EscalationStage(int stage, String role, Timescale limit, Timescale highRiskLimit) {
}
