package io.frontdoor.projection.timeline;

import java.time.Instant;
import java.util.List;

/** A contact's history in order, and each of its timescales; {@code asAt} is set when it is shown as it stood then. */
public record ContactTimeline(String contactId, Instant asAt, String status, List<TimelineEntry> entries,
                              List<TimescaleView> timescales) {
}
