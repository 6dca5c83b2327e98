package io.frontdoor.kernel.event.triage;

import java.time.Instant;

/**
 * The outcome of one stage of a disagreement. {@code outcome}: UPHELD, DECISION_CHANGED, AGREEMENT_REACHED (resolved)
 * or ESCALATED (moves to {@code nextStage} with {@code nextRole}, due {@code nextStageDueAt}; {@code overdue} when it
 * moved because the stage passed its limit).
 */
public record EscalationStageRecordedV1(String escalationId, String contactId, int stage, String role, String outcome,
                                        String recordedBy, String note, Integer nextStage, String nextRole,
                                        Instant nextStageDueAt, boolean overdue) {

    public static final String TYPE = "EscalationStageRecorded";
}
