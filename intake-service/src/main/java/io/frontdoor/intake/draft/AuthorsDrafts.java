package io.frontdoor.intake.draft;

import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.platform.problem.RecordWithheldException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Drafts as their author (the token's subject) sees them: another subject's draft is withheld, a missing one not found. */
@Service
class AuthorsDrafts {

    private final Drafts drafts;

    AuthorsDrafts(Drafts drafts) {
        this.drafts = drafts;
    }

    List<Draft> of(String author) {
        return drafts.ownedBy(author);
    }

    Draft get(UUID draftId, String author) {
        return drafts.find(draftId, author).orElseThrow(() -> notYours(draftId));
    }

    Draft save(UUID draftId, String author, Map<String, Object> form) {
        if (!drafts.save(draftId, author, form)) {
            throw new NotFoundException("no draft with id " + draftId);
        }
        return drafts.find(draftId, author).orElseThrow();
    }

    void delete(UUID draftId, String author) {
        if (!drafts.delete(draftId, author)) {
            throw new NotFoundException("no draft with id " + draftId);
        }
    }

    private RuntimeException notYours(UUID draftId) {
        return drafts.ownerOf(draftId).isPresent() ? new RecordWithheldException("no draft with id " + draftId)
                : new NotFoundException("no draft with id " + draftId);
    }
}
