package io.frontdoor.projection.eventlog;

import io.frontdoor.platform.messaging.EventEnvelope;

/** An event as it came off a topic, already read and decoded, not yet logged. */
public record IncomingEvent(String topic, EventEnvelope envelope, Object payload) {

    public static IncomingEvent of(String topic, EventEnvelope envelope) {
        return new IncomingEvent(topic, envelope, FrontDoorEvents.decode(envelope));
    }
}
