package io.frontdoor.triage.escalation;

import io.frontdoor.kernel.validation.TextLimits;
import io.frontdoor.triage.escalation.Ladder.Rung;
import io.frontdoor.platform.problem.Code;
import io.frontdoor.kernel.code.RouteCode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A professional disagreement with a front-door decision, climbing the pack's ladder: commands and events. */
public final class EscalationMessages {

    private EscalationMessages() {
    }

    /** {@code concernLevel}: HIGH shortens every stage to the pack's high-risk limit. */
    public record RaiseDisagreement(@TargetAggregateIdentifier String escalationId, String contactId, String packId,
                                    String raisedBy, String raisedByAgency, String reason, String concernLevel,
                                    List<Rung> ladder) {
    }

    /** {@code outcome}: UPHELD, DECISION_CHANGED, AGREEMENT_REACHED (resolved) or ESCALATED (to the next stage). */
    public record RecordStageOutcome(@TargetAggregateIdentifier String escalationId, String outcome, String recordedBy, String note,
                                     RevisedDecision revisedDecision) {
    }

    /** What a decision changed by a disagreement now is: checked like any decision (routes by {@code DecisionValidation}). */
    public record RevisedDecision(@Min(1) @Max(4) int levelRank,
                                  @NotEmpty @Size(max = TextLimits.LIST_ITEMS) @ArraySchema(schema = @Schema(implementation = RouteCode.class))
                                  List<@NotBlank @Code(RouteCode.class) String> routes,
                                  @NotBlank @Size(max = TextLimits.NARRATIVE) String rationale) {
    }

    public record EscalationRaised(String escalationId, String contactId, String packId, String raisedBy, String raisedByAgency,
                                   String reason, String concernLevel, List<Rung> ladder, int stage, String stageRole,
                                   Instant stageDueAt, String deadlineId) {
    }

    public record EscalationStageRecorded(String escalationId, String contactId, int stage, String role, String outcome,
                                          String recordedBy, String note, Integer nextStage, String nextRole,
                                          Instant nextStageDueAt, boolean overdue, String deadlineId,
                                          RevisedDecision revisedDecision) {
    }
}
