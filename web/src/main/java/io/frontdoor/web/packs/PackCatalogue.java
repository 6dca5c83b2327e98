package io.frontdoor.web.packs;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The partnerships' threshold packs from triage (levels with local names, routes in local words, indicators, the
 * authorisation policy). Packs are published documents, not case data, so each is kept once read.
 */
@Component
public class PackCatalogue {

    private final Services services;
    private final Map<String, Map<String, Object>> packs = new ConcurrentHashMap<>();
    private volatile List<Map<String, Object>> summaries;

    public PackCatalogue(Services services) {
        this.services = services;
    }

    public List<Map<String, Object>> all() {
        if (summaries == null) {
            summaries = services.list(Service.TRIAGE, "/api/packs");
        }
        return summaries;
    }

    public Map<String, Object> pack(String id) {
        return packs.computeIfAbsent(id, key -> services.get(Service.TRIAGE, "/api/packs/{id}", key));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> levels(String packId) {
        return (List<Map<String, Object>>) pack(packId).getOrDefault("levels", List.of());
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> routes(String packId) {
        return (List<Map<String, Object>>) pack(packId).getOrDefault("routes", List.of());
    }

    /** A route in the partnership's words ("IMAP weekly DA triage"), or its code made readable. */
    public String routeName(String packId, String code) {
        return routes(packId).stream().filter(route -> code.equals(route.get("code")))
                .map(route -> (String) route.get("localName")).findFirst()
                .orElseGet(() -> Words.readable(code));
    }

    public Optional<Map<String, Object>> level(String packId, int rank) {
        return levels(packId).stream().filter(level -> ((Number) level.get("rank")).intValue() == rank).findFirst();
    }

    public String levelName(String packId, int rank) {
        return level(packId, rank).map(level -> (String) level.get("localName")).orElse("Level " + rank);
    }

    /** Whether the pack asks a manager to authorise a decision below the recommendation. */
    @SuppressWarnings("unchecked")
    public boolean downwardOverrideNeedsAuthorisation(String packId) {
        Object policy = pack(packId).get("authorisation");
        return policy instanceof Map<?, ?> map && Boolean.TRUE.equals(((Map<String, Object>) map).get("overrideDownwards"));
    }
}
