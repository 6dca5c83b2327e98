package io.frontdoor.projection.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A disagreement for the audit: who raised it, why, each stage with who ended it, when, and how long it took against
 * its limit ({@code tookSeconds} runs to now for the open stage), and the outcome.
 */
public record EscalationAudit(String escalationId, String contactId, String raisedBy, String raisedByAgency, String reason,
                              String concernLevel, Instant raisedAt, boolean open, Integer currentStage, String outcome,
                              Instant resolvedAt, Long totalSeconds, List<StageAudit> stages) {

    public record StageAudit(int stage, String role, Instant startedAt, Instant dueAt, Instant endedAt, String outcome,
                             String recordedBy, String note, Long tookSeconds, Long limitSeconds, Boolean withinLimit,
                             boolean overdue) {

        static StageAudit of(Escalation.Stage stage, Instant now) {
            Instant end = stage.endedAt() == null ? now : stage.endedAt();
            Long took = seconds(stage.startedAt(), end);
            Long limit = seconds(stage.startedAt(), stage.dueAt());
            return new StageAudit(stage.stage(), stage.role(), stage.startedAt(), stage.dueAt(), stage.endedAt(), stage.outcome(),
                    stage.recordedBy(), stage.note(), took, limit, withinLimit(stage, now), stage.overdue());
        }

        /**
         * Null while an open stage is still within its limit: no verdict yet. Kept as statements: one conditional expression
         * mixing {@code boolean} and {@code Boolean} unboxed that null (a 500 for every open disagreement within its limit).
         */
        private static Boolean withinLimit(Escalation.Stage stage, Instant now) {
            if (stage.dueAt() == null) {
                return null;
            }
            if (stage.overdue()) {
                return Boolean.FALSE;
            }
            if (stage.endedAt() != null) {
                return !stage.endedAt().isAfter(stage.dueAt());
            }
            return now.isAfter(stage.dueAt()) ? Boolean.FALSE : null;
        }
    }

    static EscalationAudit of(Escalation escalation, Instant now) {
        Instant end = escalation.resolvedAt() == null ? now : escalation.resolvedAt();
        return new EscalationAudit(escalation.escalationId(), escalation.contactId(), escalation.raisedBy(),
                escalation.raisedByAgency(), escalation.reason(), escalation.concernLevel(), escalation.raisedAt(),
                escalation.open(), escalation.currentStage(), escalation.outcome(), escalation.resolvedAt(),
                seconds(escalation.raisedAt(), end),
                escalation.stages().stream().map(stage -> StageAudit.of(stage, now)).toList());
    }

    private static Long seconds(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to).toSeconds();
    }
}
