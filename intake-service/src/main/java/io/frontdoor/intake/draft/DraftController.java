package io.frontdoor.intake.draft;

import io.frontdoor.platform.audit.AccessAudit;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.security.Actor;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A half-finished referral kept on the server for its author (the token's subject) only, so it survives a reload, a
 * sign-out or another desk: saved with {@code PUT}, read back, deleted when sent ({@code DELETE}) or after
 * {@code frontdoor.drafts.keep-for}. Its {@code form} is the web form's state, checked only when the referral is sent
 * ({@code POST /api/contacts}). Another subject's draft is answered as one that does not exist, and a look at it is
 * audited as refused; every read of one's own is audited too (a draft names children).
 */
@RestController
public class DraftController {

    /** {@code form}: the referral form as far as it was filled in (any JSON object; at most the request size limit). */
    public record SaveDraft(@NotNull @Schema(types = "object", requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> form) {
    }

    private final AuthorsDrafts drafts;
    private final AccessAudit audit;

    public DraftController(AuthorsDrafts drafts, AccessAudit audit) {
        this.drafts = drafts;
        this.audit = audit;
    }

    /** The caller's own drafts, most recently saved first. */
    @GetMapping("/api/drafts")
    public List<Draft> mine(Actor actor) {
        List<Draft> mine = drafts.of(actor.userId());
        audit.recordReads(actor, RecordType.DRAFT, mine.stream().map(draft -> draft.id().toString()).toList(), "GET /api/drafts");
        return mine;
    }

    @AuditedRead(record = RecordType.DRAFT, idParam = "draftId")
    @GetMapping("/api/drafts/{draftId}")
    public Draft draft(@PathVariable UUID draftId, Actor actor) {
        return drafts.get(draftId, actor.userId());
    }

    /** Creates the draft (200 with it) or replaces its form; the time it is kept for starts again. */
    @PutMapping("/api/drafts/{draftId}")
    public Draft save(@PathVariable UUID draftId, @RequestBody SaveDraft body, Actor actor) {
        return drafts.save(draftId, actor.userId(), body.form());
    }

    @DeleteMapping("/api/drafts/{draftId}")
    public ResponseEntity<Void> delete(@PathVariable UUID draftId, Actor actor) {
        drafts.delete(draftId, actor.userId());
        return ResponseEntity.noContent().build();
    }
}
