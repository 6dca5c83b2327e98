package io.frontdoor.platform.messaging;

import java.util.Map;

/**
 * What a domain event becomes on a topic: where it goes, its key (per-contact order) and its public payload — wrapped
 * in an {@link io.frontdoor.platform.messaging.EventEnvelope}, or, for a topic with its own wire format (the partner feeds),
 * sent bare with that format's headers.
 */
public record IntegrationEvent(String topic, String key, String eventType, Object payload, boolean enveloped,
                               Map<String, String> headers) {

    public IntegrationEvent(String topic, String key, String eventType, Object payload) {
        this(topic, key, eventType, payload, true, Map.of());
    }

    public static IntegrationEvent bare(String topic, String key, Object payload, Map<String, String> headers) {
        return new IntegrationEvent(topic, key, null, payload, false, headers);
    }
}
