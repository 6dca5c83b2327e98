package io.frontdoor.web.referral;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral drafts, kept by intake for the signed-in person only ({@code /api/drafts}): the web keeps no case data, not
 * even half a referral, so a draft survives a reload, a sign-out and another desk, and expires there if never sent.
 */
@Component
class DraftStore {

    /** One of the person's drafts, for the list to resume from. */
    record Saved(String id, ReferralForm form, Instant savedAt, Instant expiresAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Services services;

    DraftStore(Services services) {
        this.services = services;
    }

    String start() {
        String id = UUID.randomUUID().toString();
        save(id, ReferralForm.empty());
        return id;
    }

    ReferralForm load(String id) {
        return form(services.get(Service.INTAKE, "/api/drafts/{id}", id).get("form"));
    }

    void save(String id, ReferralForm form) {
        services.put(Service.INTAKE, "/api/drafts/{id}", Map.of("form", JSON.convertValue(form, Map.class)), id);
    }

    /** Gone once sent; one already gone (sent twice, or expired) is no matter. */
    void delete(String id) {
        try {
            services.delete(Service.INTAKE, "/api/drafts/{id}", id);
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            // nothing to delete
        }
    }

    List<Saved> mine() {
        return services.list(Service.INTAKE, "/api/drafts").stream()
                .map(draft -> new Saved(String.valueOf(draft.get("id")), form(draft.get("form")),
                        Instant.parse(String.valueOf(draft.get("savedAt"))), Instant.parse(String.valueOf(draft.get("expiresAt")))))
                .toList();
    }

    private static ReferralForm form(Object saved) {
        return saved == null ? ReferralForm.empty() : JSON.convertValue(saved, ReferralForm.class);
    }
}
