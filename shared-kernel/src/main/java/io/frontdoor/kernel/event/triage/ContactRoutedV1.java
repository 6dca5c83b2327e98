package io.frontdoor.kernel.event.triage;

import java.time.Instant;
import java.util.Map;

/**
 * The decided contact was sent on one route, with what the receiving team needs in {@code details}
 * (e.g. {@code locality} for EARLY_HELP; {@code participants} for STRATEGY_DISCUSSION) and the route's due time if any.
 */
public record ContactRoutedV1(String contactId, String route, String localName, Map<String, String> details, Instant dueAt) {

    public static final String TYPE = "ContactRouted";
}
