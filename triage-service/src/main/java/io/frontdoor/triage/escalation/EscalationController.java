package io.frontdoor.triage.escalation;

import io.frontdoor.triage.escalation.EscalationMessages.*;
import io.frontdoor.triage.triage.web.TriageReader;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** Raise a disagreement with a front-door decision, and record each stage's outcome. */
@RestController
public class EscalationController {

    public record Disagreement(String raisedBy, String raisedByAgency, String reason, String concernLevel) {
    }

    public record StageOutcome(String outcome, String recordedBy, String note, RevisedDecision revisedDecision) {
    }

    private final CommandGateway commands;
    private final TriageReader triages;
    private final Ladder ladder;

    public EscalationController(CommandGateway commands, TriageReader triages, Ladder ladder) {
        this.commands = commands;
        this.triages = triages;
        this.ladder = ladder;
    }

    @PostMapping("/api/triages/{contactId}/disagreements")
    public ResponseEntity<Map<String, String>> raise(@PathVariable String contactId, @RequestBody Disagreement body) {
        String packId = triages.read(contactId).packId();
        String escalationId = UUID.randomUUID().toString();
        commands.sendAndWait(new RaiseDisagreement(escalationId, contactId, packId, body.raisedBy(), body.raisedByAgency(),
                body.reason(), body.concernLevel(), ladder.rungs(packId)));
        return ResponseEntity.created(URI.create("/api/escalations/" + escalationId))
                .body(Map.of("escalationId", escalationId, "contactId", contactId));
    }

    @PostMapping("/api/escalations/{escalationId}/stage-outcome")
    public Map<String, String> stageOutcome(@PathVariable String escalationId, @RequestBody StageOutcome body) {
        commands.sendAndWait(new RecordStageOutcome(escalationId, body.outcome(), body.recordedBy(), body.note(), body.revisedDecision()));
        return Map.of("escalationId", escalationId, "outcome", body.outcome());
    }
}
