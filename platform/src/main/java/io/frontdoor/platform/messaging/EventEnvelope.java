package io.frontdoor.platform.messaging;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Every record on a Front Door topic. {@code eventId} is the id of the event in the producing service's
 * event store, so consumers can de-duplicate redeliveries; {@code contactId} is also the record key.
 */
public record EventEnvelope(String eventId, String eventType, int schemaVersion, String contactId,
                            Instant occurredAt, JsonNode payload) {

    public <T> T payloadAs(Class<T> type) {
        return EventEnvelopes.fromTree(payload, type);
    }
}
