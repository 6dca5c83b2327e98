package io.frontdoor.projection.timeline;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One line of a contact's history. {@code seq} is the event's place in the projection's log. */
public record TimelineEntry(long seq, String eventId, String type, Instant occurredAt, String actor, String summary,
                            JsonNode details) {
}
