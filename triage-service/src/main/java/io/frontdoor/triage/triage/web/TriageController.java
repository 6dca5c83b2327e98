package io.frontdoor.triage.triage.web;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.validation.TextLimits;
import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.problem.RecordWithheldException;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.ClosureReason;
import io.frontdoor.triage.triage.FeedbackKind;
import io.frontdoor.triage.triage.FeedbackMethod;
import io.frontdoor.triage.triage.ReviewOutcome;
import io.frontdoor.triage.triage.TriageCommands.*;
import io.frontdoor.triage.triage.TriageReader;
import io.frontdoor.triage.triage.TriageState;
import io.frontdoor.platform.problem.Code;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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

    /**
     * The decision for every child; {@code children} varies it for some (level, routes, rationale), each named by its
     * place in the contact's children (a field left out is the decision for every child). Without {@code children} it is
     * every child's decision.
     */
    public record Decision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Min(1) @Max(4) int levelRank,
                           @NotEmpty @Size(max = TextLimits.LIST_ITEMS) @ArraySchema(schema = @Schema(implementation = RouteCode.class))
                           List<@NotNull @Code(RouteCode.class) String> routes,
                           @NotBlank @Size(max = TextLimits.NARRATIVE) String rationale, Long expectedVersion,
                           @Size(max = TextLimits.LIST_ITEMS) List<@NotNull @jakarta.validation.Valid ChildDecisionBody> children) {
    }

    /** One child's decision where it differs: {@code childIndex} its place in the contact's children (from 0). */
    public record ChildDecisionBody(@Min(0) int childIndex, @Min(1) @Max(4) Integer levelRank,
                                    @Size(min = 1, max = TextLimits.LIST_ITEMS) @ArraySchema(schema = @Schema(implementation = RouteCode.class))
                                    List<@NotNull @Code(RouteCode.class) String> routes,
                                    @Size(max = TextLimits.NARRATIVE) String rationale) {
    }

    public record Return(@NotBlank @Size(max = TextLimits.NARRATIVE) String reason) {
    }

    /** {@code childIndexes}: the children the discussion was about; absent for every child routed to it not yet recorded. */
    public record StrategyOutcome(@NotNull Boolean section47Enquiry, @Size(max = TextLimits.SHORT_TEXT) String participants,
                                  @Size(max = TextLimits.LIST_ITEMS) List<@NotNull @Min(0) Integer> childIndexes) {
    }

    public record Feedback(@NotNull FeedbackKind kind, @NotNull FeedbackMethod method,
                           @NotBlank @Size(max = TextLimits.NARRATIVE) String message) {
    }

    public record LinkReview(@NotNull Boolean confirmed) {
    }

    /** {@code duplicateOf}: the contact this one duplicates (required for DUPLICATE); {@code note}: what the worker adds. */
    public record ClosureRequest(@NotNull ClosureReason reason, @Size(max = TextLimits.IDENTIFIER) String duplicateOf,
                                 @Size(max = TextLimits.NARRATIVE) String note) {
    }

    /**
     * A review of a decision an update flagged: {@code outcome} {@code DECISION_STANDS}, or {@code DECISION_REVISED} with
     * the new decision ({@code levelRank}, {@code routes}, optionally {@code children}, as in {@link Decision}).
     */
    public record Review(@NotBlank @Code(ReviewOutcome.class) @Schema(implementation = ReviewOutcome.class) String outcome,
                         @NotBlank @Size(max = TextLimits.NARRATIVE) String rationale,
                         @Min(1) @Max(4) Integer levelRank,
                         @Size(max = TextLimits.LIST_ITEMS) @ArraySchema(schema = @Schema(implementation = RouteCode.class))
                         List<@NotNull @Code(RouteCode.class) String> routes,
                         @Size(max = TextLimits.LIST_ITEMS) List<@NotNull @jakarta.validation.Valid ChildDecisionBody> children) {
    }

    static final String CHECK_RESPONSE = "POST /api/triages/{contactId}/partner-checks/{checkId}/response";

    private final CommandGateway commands;
    private final TriageReader reader;
    private final AccessAudit audit;

    public TriageController(CommandGateway commands, TriageReader reader, AccessAudit audit) {
        this.commands = commands;
        this.reader = reader;
        this.audit = audit;
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping
    public TriageReader.TriageView get(@PathVariable String contactId) {
        return reader.read(contactId);
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/state")
    public TriageState state(@PathVariable String contactId) {
        return reader.state(contactId);
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

    /**
     * One partner check: for the agency asked (a partner sees only its own kind of agency's checks; any other answers
     * as one that does not exist, and the attempt is audited as refused) and the front door. Every answer is audited.
     */
    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/partner-checks/{checkId}")
    public TriageReader.CheckView check(@PathVariable String contactId, @PathVariable String checkId, Actor actor) {
        return reader.check(contactId, checkId)
                .filter(check -> !actor.isPartnerOnly() || actor.agency() != null && actor.agency().name().equals(check.agency()))
                .orElseThrow(() -> actor.isPartnerOnly() ? new RecordWithheldException("no partner check " + checkId + " asked of this agency")
                        : new io.frontdoor.kernel.domain.NotFoundException("no partner check " + checkId + " on contact " + contactId));
    }

    @PostMapping("/partner-checks/{checkId}/response")
    public Map<String, Object> checkResponse(@PathVariable String contactId, @PathVariable String checkId,
                                             @RequestBody CheckResponse body, Actor actor) {
        if (actor.isPartnerOnly() && !reader.checkAskedOf(contactId, checkId, actor.agency())) {
            audit.recordRefused(actor, RecordType.CONTACT, contactId, CHECK_RESPONSE);
            throw new RecordWithheldException("no partner check " + checkId + " asked of this agency");
        }
        return send(contactId, new RecordPartnerCheckResponse(contactId, checkId, body.response(), actor.userId()));
    }

    @PostMapping("/decision")
    public Map<String, Object> decide(@PathVariable String contactId, @RequestBody Decision body, Actor actor) {
        return send(contactId, new RecordDecision(contactId, body.levelRank(), body.routes(), body.rationale(), actor.userId(),
                body.expectedVersion(), childDecisions(body.children())));
    }

    private static List<ChildDecision> childDecisions(List<ChildDecisionBody> children) {
        return children == null ? List.of() : children.stream()
                .map(child -> new ChildDecision(child.childIndex(), child.levelRank(), child.routes(), child.rationale())).toList();
    }

    @PostMapping("/review")
    public Map<String, Object> review(@PathVariable String contactId, @RequestBody Review body, Actor actor) {
        return send(contactId, new ReviewFlaggedDecision(contactId, body.outcome(), body.rationale(), actor.userId(), body.levelRank(),
                body.routes(), childDecisions(body.children())));
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
                actor.userId(), body.childIndexes()));
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

    /** A contact that cannot be fed back or needs no further work; a duplicate names a contact triage knows. */
    @PostMapping("/closure")
    public Map<String, Object> close(@PathVariable String contactId, @RequestBody ClosureRequest body, Actor actor) {
        if (body.reason() == ClosureReason.DUPLICATE && body.duplicateOf() != null && !body.duplicateOf().isBlank()
                && !body.duplicateOf().equals(contactId) && !reader.exists(body.duplicateOf())) {
            throw InvalidSubmissionException.of("duplicateOf", "names no contact the front door has triaged");
        }
        return send(contactId, new CloseTriage(contactId, body.reason().name(), body.duplicateOf(), body.note(), actor.userId()));
    }

    private Map<String, Object> send(String contactId, Object command) {
        commands.sendAndWait(command);
        return Map.of("contactId", contactId, "version", reader.version(contactId));
    }
}
