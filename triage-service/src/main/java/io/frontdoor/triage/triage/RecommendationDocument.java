package io.frontdoor.triage.triage;

import io.frontdoor.platform.messaging.EventEnvelopes;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The engine's advice as the triage's commands and events carry it (a JSON document as plain maps, lists, strings,
 * numbers, booleans and nulls, so they depend on no JSON library), and as the edges that show or publish it need it.
 */
public final class RecommendationDocument {

    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    private RecommendationDocument() {
    }

    /** The advice (the engine's recommendation, or its JSON tree) as a document; null for null. */
    public static Map<String, Object> of(Object advice) {
        return advice == null ? null : EventEnvelopes.JSON.convertValue(advice, DOCUMENT);
    }

    /** The document as the JSON tree the REST answers show; null for null. */
    public static JsonNode tree(Map<String, Object> document) {
        return document == null ? null : EventEnvelopes.JSON.valueToTree(document);
    }

    /** The document read as {@code type} (a published record, say); null for null. */
    public static <T> T as(Map<String, Object> document, Class<T> type) {
        return document == null ? null : EventEnvelopes.JSON.convertValue(document, type);
    }
}
