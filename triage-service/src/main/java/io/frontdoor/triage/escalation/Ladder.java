package io.frontdoor.triage.escalation;

import java.time.Instant;
import java.util.List;

/** The pack's escalation ladder as the disagreement climbs it: each rung's role and its due time from when it starts. */
public interface Ladder {

    /** One stage: who holds it, and its limits (the shorter one when the concern is high risk). */
    record Rung(int stage, String role, java.util.Map<String, Integer> limit, java.util.Map<String, Integer> highRiskLimit) {
    }

    List<Rung> rungs(String packId);

    Instant stageDue(String packId, Rung rung, boolean highRisk, Instant from);

    Instant now();
}
