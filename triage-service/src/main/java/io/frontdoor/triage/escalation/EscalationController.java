package io.frontdoor.triage.escalation;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.TextLimits;
import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.PartnerAgencyScope;
import io.frontdoor.triage.escalation.EscalationMessages.*;
import io.frontdoor.triage.triage.TriageReader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/**
 * Raise a disagreement with a front-door decision, and record each stage's outcome. Who raises or records is the
 * signed-in user of the token, never a name in the body; a partner's agency is its token's agency, and a partner may
 * raise a disagreement only on its own agency's referral (another agency's is answered as one that does not exist).
 */
@RestController
public class EscalationController {

    /** {@code concernLevel}: HIGH shortens every stage to the pack's high-risk limit. */
    public record Disagreement(@NotBlank @Size(max = TextLimits.NARRATIVE) String reason, ConcernLevel concernLevel) {
    }

    /** {@code outcome}: UPHELD, DECISION_CHANGED (with {@code revisedDecision}), AGREEMENT_REACHED or ESCALATED. */
    public record StageOutcome(@NotNull StageOutcomeCode outcome, @Size(max = TextLimits.NARRATIVE) String note,
                               @Valid RevisedDecision revisedDecision) {
    }

    /** Who raised a disagreement from inside the front door, when the token names no agency. */
    static final String FRONT_DOOR = AgencyType.LOCAL_AUTHORITY.name();

    private final CommandGateway commands;
    private final TriageReader triages;
    private final Ladder ladder;

    public EscalationController(CommandGateway commands, TriageReader triages, Ladder ladder) {
        this.commands = commands;
        this.triages = triages;
        this.ladder = ladder;
    }

    @PostMapping("/api/triages/{contactId}/disagreements")
    public ResponseEntity<Map<String, String>> raise(@PathVariable String contactId, @RequestBody Disagreement body, Actor actor) {
        ContactSubmission contact = contactAsSeenBy(actor, contactId);
        PartnerAgencyScope.requireMaySee(actor, contact.referrer().agencyType(), contact.referrer().agencyName(), contactId);
        String packId = contact.packId();
        String escalationId = UUID.randomUUID().toString();
        String agency = actor.agency() != null ? actor.agency().name() : FRONT_DOOR;
        commands.sendAndWait(new RaiseDisagreement(escalationId, contactId, packId, actor.userId(), agency,
                body.reason(), (body.concernLevel() == null ? ConcernLevel.STANDARD : body.concernLevel()).name(), ladder.rungs(packId)));
        return ResponseEntity.created(URI.create("/api/escalations/" + escalationId))
                .body(Map.of("escalationId", escalationId, "contactId", contactId));
    }

    @PostMapping("/api/escalations/{escalationId}/stage-outcome")
    public Map<String, String> stageOutcome(@PathVariable String escalationId, @RequestBody StageOutcome body, Actor actor) {
        commands.sendAndWait(new RecordStageOutcome(escalationId, body.outcome().name(), actor.userId(), body.note(),
                body.revisedDecision()));
        return Map.of("escalationId", escalationId, "outcome", body.outcome().name());
    }

    /**
     * The contact as received. To a partner, a contact that does not exist gets the very answer another agency's
     * contact gets, so trying ids tells it nothing.
     */
    private ContactSubmission contactAsSeenBy(Actor actor, String contactId) {
        try {
            return triages.submission(contactId);
        } catch (NotFoundException none) {
            if (actor.isPartnerOnly()) {
                PartnerAgencyScope.requireMaySee(actor, null, null, contactId);
            }
            throw none;
        }
    }
}
