package io.frontdoor.projection.eventlog;

import io.frontdoor.platform.messaging.EventEnvelope;
import java.time.Instant;

/** An event as the projection logged it: its place in arrival order ({@code seq}), the envelope and its decoded payload. */
public record LoggedEvent(long seq, EventEnvelope envelope, Object payload) {

    public static LoggedEvent of(long seq, EventEnvelope envelope) {
        return new LoggedEvent(seq, envelope, FrontDoorEvents.decode(envelope));
    }

    public String type() {
        return envelope.eventType();
    }

    public String contactId() {
        return envelope.contactId();
    }

    public Instant occurredAt() {
        return envelope.occurredAt();
    }

    public <T> T payload(Class<T> type) {
        return type.cast(payload);
    }
}
