package io.frontdoor.triage.escalation;

import io.frontdoor.triage.escalation.EscalationMessages.EscalationStageRecorded;
import io.frontdoor.triage.triage.TriageCommands.ReviseDecision;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * When a disagreement changes the decision, the triage's decision is revised through its own command, in the same
 * transaction as the stage outcome (a subscribing processor whose errors propagate): both are recorded or neither.
 */
@Component
@ProcessingGroup(DecisionRevision.GROUP)
public class DecisionRevision {

    public static final String GROUP = "decision-revision";

    private final CommandGateway commands;

    public DecisionRevision(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(EscalationStageRecorded recorded) {
        if ("DECISION_CHANGED".equals(recorded.outcome())) {
            var revised = recorded.revisedDecision();
            commands.sendAndWait(new ReviseDecision(recorded.contactId(), revised.levelRank(), revised.routes(), revised.rationale(),
                    recorded.recordedBy(), recorded.escalationId()));
        }
    }
}
