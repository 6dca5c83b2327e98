package io.frontdoor.platform.messaging;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping every service uses for what crosses a topic. */
public final class EventEnvelopes {

    public static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(KernelTypesJson.MODULE)
            .build();

    private EventEnvelopes() {
    }

    public static String write(EventEnvelope envelope) {
        return JSON.writeValueAsString(envelope);
    }

    public static EventEnvelope read(String json) {
        return JSON.readValue(json, EventEnvelope.class);
    }

    public static JsonNode toTree(Object payload) {
        return JSON.valueToTree(payload);
    }

    public static <T> T fromTree(JsonNode node, Class<T> type) {
        return JSON.treeToValue(node, type);
    }
}
