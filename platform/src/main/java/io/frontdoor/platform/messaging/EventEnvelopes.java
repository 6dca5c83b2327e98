package io.frontdoor.platform.messaging;

import java.time.Instant;
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

    /**
     * The same text as {@link #write(EventEnvelope)} of an envelope holding {@code payload}'s tree, in one pass: the outbox
     * publishers no longer build a tree for each event only to write it out (a quarter of intake's publisher's samples).
     */
    public static String write(String eventId, String eventType, int schemaVersion, String contactId, Instant occurredAt,
                               Object payload) {
        return JSON.writeValueAsString(new Outgoing(eventId, eventType, schemaVersion, contactId, occurredAt, payload));
    }

    /** {@link EventEnvelope}'s properties, in its order, with the payload as it is. */
    private record Outgoing(String eventId, String eventType, int schemaVersion, String contactId, Instant occurredAt,
                            Object payload) {
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
