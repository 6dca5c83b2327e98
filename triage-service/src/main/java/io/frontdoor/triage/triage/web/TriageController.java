package io.frontdoor.triage.triage.web;

import io.frontdoor.triage.triage.TriageCommands.*;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/**
 * The front-door workflow over REST: each call is one command on the contact's triage; the answer is the triage's
 * new version (send it back as {@code expectedVersion} with a decision to detect a concurrent change).
 */
@RestController
@RequestMapping("/api/triages/{contactId}")
public class TriageController {

    public record Allocation(String worker, String allocatedBy) {
    }

    public record CheckRequest(String agency, String question, String requestedBy) {
    }

    public record CheckResponse(String response, String recordedBy) {
    }

    public record Decision(int levelRank, List<String> routes, String rationale, String decidedBy, Long expectedVersion) {
    }

    public record ManagerAction(String manager, String reason) {
    }

    public record StrategyOutcome(boolean section47Enquiry, String participants, String recordedBy) {
    }

    public record Feedback(String kind, String method, String sentBy, String message) {
    }

    public record LinkReview(boolean confirmed, String reviewedBy) {
    }

    private final CommandGateway commands;
    private final TriageReader reader;

    public TriageController(CommandGateway commands, TriageReader reader) {
        this.commands = commands;
        this.reader = reader;
    }

    @GetMapping
    public TriageReader.TriageView get(@PathVariable String contactId) {
        return reader.read(contactId);
    }

    @PostMapping("/allocation")
    public Map<String, Object> allocate(@PathVariable String contactId, @RequestBody Allocation body) {
        return send(contactId, new AllocateTriage(contactId, body.worker(), body.allocatedBy()));
    }

    @PostMapping("/partner-checks")
    public ResponseEntity<Map<String, Object>> requestCheck(@PathVariable String contactId, @RequestBody CheckRequest body) {
        Map<String, Object> result = send(contactId, new RequestPartnerCheck(contactId, body.agency(), body.question(), body.requestedBy()));
        String checkId = reader.latestCheckId(contactId);
        return ResponseEntity.created(URI.create("/api/triages/" + contactId + "/partner-checks/" + checkId))
                .body(Map.of("contactId", contactId, "checkId", checkId, "version", result.get("version")));
    }

    @PostMapping("/partner-checks/{checkId}/response")
    public Map<String, Object> checkResponse(@PathVariable String contactId, @PathVariable String checkId, @RequestBody CheckResponse body) {
        return send(contactId, new RecordPartnerCheckResponse(contactId, checkId, body.response(), body.recordedBy()));
    }

    @PostMapping("/decision")
    public Map<String, Object> decide(@PathVariable String contactId, @RequestBody Decision body) {
        return send(contactId, new RecordDecision(contactId, body.levelRank(), body.routes(), body.rationale(), body.decidedBy(),
                body.expectedVersion()));
    }

    @PostMapping("/decision/authorisation")
    public Map<String, Object> authorise(@PathVariable String contactId, @RequestBody ManagerAction body) {
        return send(contactId, new AuthoriseDecision(contactId, body.manager()));
    }

    @PostMapping("/decision/return")
    public Map<String, Object> returnDecision(@PathVariable String contactId, @RequestBody ManagerAction body) {
        return send(contactId, new ReturnDecision(contactId, body.manager(), body.reason()));
    }

    @PostMapping("/strategy-discussion-outcome")
    public Map<String, Object> strategyOutcome(@PathVariable String contactId, @RequestBody StrategyOutcome body) {
        return send(contactId, new RecordStrategyDiscussionOutcome(contactId, body.section47Enquiry(), body.participants(), body.recordedBy()));
    }

    @PostMapping("/feedback")
    public Map<String, Object> feedback(@PathVariable String contactId, @RequestBody Feedback body) {
        return send(contactId, new RecordFeedbackSent(contactId, body.kind(), body.method(), body.sentBy(), body.message()));
    }

    @PostMapping("/child-links/{childIndex}/review")
    public Map<String, Object> reviewLink(@PathVariable String contactId, @PathVariable int childIndex, @RequestBody LinkReview body) {
        return send(contactId, new ReviewChildLink(contactId, childIndex, body.confirmed(), body.reviewedBy()));
    }

    private Map<String, Object> send(String contactId, Object command) {
        commands.sendAndWait(command);
        return Map.of("contactId", contactId, "version", reader.version(contactId));
    }
}
