package io.frontdoor.triage.triage.web;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.validation.TextLimits;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.triage.threshold.RouteCode;
import io.frontdoor.triage.triage.FeedbackKind;
import io.frontdoor.triage.triage.FeedbackMethod;
import io.frontdoor.triage.triage.TriageCommands.*;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/**
 * The front-door workflow over REST: each call is one command on the contact's triage; the answer is the triage's
 * new version (send it back as {@code expectedVersion} with a decision to detect a concurrent change). Who acts is the
 * signed-in user of the token, never a name in the body.
 */
@RestController
@RequestMapping("/api/triages/{contactId}")
public class TriageController {

    /** {@code worker}: the user id of a worker the directory knows ({@code frontdoor.workers}). */
    public record Allocation(@NotBlank @Size(max = TextLimits.IDENTIFIER) String worker) {
    }

    public record CheckRequest(@NotNull AgencyType agency, @NotBlank @Size(max = TextLimits.NARRATIVE) String question) {
    }

    public record CheckResponse(@NotBlank @Size(max = TextLimits.NARRATIVE) String response) {
    }

    public record Decision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(1) @Max(4) int levelRank,
                           @NotEmpty @Size(max = TextLimits.LIST_ITEMS) List<@NotNull RouteCode> routes,
                           @NotBlank @Size(max = TextLimits.NARRATIVE) String rationale, Long expectedVersion) {
    }

    public record Return(@NotBlank @Size(max = TextLimits.NARRATIVE) String reason) {
    }

    public record StrategyOutcome(@NotNull Boolean section47Enquiry, @Size(max = TextLimits.SHORT_TEXT) String participants) {
    }

    public record Feedback(@NotNull FeedbackKind kind, @NotNull FeedbackMethod method,
                           @NotBlank @Size(max = TextLimits.NARRATIVE) String message) {
    }

    public record LinkReview(@NotNull Boolean confirmed) {
    }

    private final CommandGateway commands;
    private final TriageReader reader;

    public TriageController(CommandGateway commands, TriageReader reader) {
        this.commands = commands;
        this.reader = reader;
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping
    public TriageReader.TriageView get(@PathVariable String contactId) {
        return reader.read(contactId);
    }

    @PostMapping("/allocation")
    public Map<String, Object> allocate(@PathVariable String contactId, @RequestBody Allocation body, Actor actor) {
        return send(contactId, new AllocateTriage(contactId, body.worker(), actor.userId()));
    }

    @PostMapping("/partner-checks")
    public ResponseEntity<Map<String, Object>> requestCheck(@PathVariable String contactId, @RequestBody CheckRequest body,
                                                            Actor actor) {
        Map<String, Object> result = send(contactId, new RequestPartnerCheck(contactId, body.agency().name(), body.question(), actor.userId()));
        String checkId = reader.latestCheckId(contactId);
        return ResponseEntity.created(URI.create("/api/triages/" + contactId + "/partner-checks/" + checkId))
                .body(Map.of("contactId", contactId, "checkId", checkId, "version", result.get("version")));
    }

    @PostMapping("/partner-checks/{checkId}/response")
    public Map<String, Object> checkResponse(@PathVariable String contactId, @PathVariable String checkId,
                                             @RequestBody CheckResponse body, Actor actor) {
        return send(contactId, new RecordPartnerCheckResponse(contactId, checkId, body.response(), actor.userId()));
    }

    @PostMapping("/decision")
    public Map<String, Object> decide(@PathVariable String contactId, @RequestBody Decision body, Actor actor) {
        return send(contactId, new RecordDecision(contactId, body.levelRank(), RouteCode.names(body.routes()), body.rationale(), actor.userId(),
                body.expectedVersion()));
    }

    @PostMapping("/decision/authorisation")
    public Map<String, Object> authorise(@PathVariable String contactId, Actor actor) {
        return send(contactId, new AuthoriseDecision(contactId, actor.userId()));
    }

    @PostMapping("/decision/return")
    public Map<String, Object> returnDecision(@PathVariable String contactId, @RequestBody Return body, Actor actor) {
        return send(contactId, new ReturnDecision(contactId, actor.userId(), body.reason()));
    }

    @PostMapping("/strategy-discussion-outcome")
    public Map<String, Object> strategyOutcome(@PathVariable String contactId, @RequestBody StrategyOutcome body, Actor actor) {
        return send(contactId, new RecordStrategyDiscussionOutcome(contactId, body.section47Enquiry(), body.participants(),
                actor.userId()));
    }

    @PostMapping("/feedback")
    public Map<String, Object> feedback(@PathVariable String contactId, @RequestBody Feedback body, Actor actor) {
        return send(contactId, new RecordFeedbackSent(contactId, body.kind().name(), body.method().name(), actor.userId(), body.message()));
    }

    @PostMapping("/child-links/{childIndex}/review")
    public Map<String, Object> reviewLink(@PathVariable String contactId, @PathVariable int childIndex, @RequestBody LinkReview body,
                                          Actor actor) {
        return send(contactId, new ReviewChildLink(contactId, childIndex, body.confirmed(), actor.userId()));
    }

    private Map<String, Object> send(String contactId, Object command) {
        commands.sendAndWait(command);
        return Map.of("contactId", contactId, "version", reader.version(contactId));
    }
}
