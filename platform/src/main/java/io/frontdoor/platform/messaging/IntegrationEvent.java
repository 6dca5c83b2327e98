package io.frontdoor.platform.messaging;

/** What a domain event becomes on a topic: where it goes, its key (per-contact order) and its public payload. */
public record IntegrationEvent(String topic, String key, String eventType, Object payload) {
}
