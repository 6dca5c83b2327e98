package io.frontdoor.kernel.event.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The decided contact was sent on one route, with what the receiving team needs in {@code details}
 * (e.g. {@code locality} for EARLY_HELP; {@code participants} for STRATEGY_DISCUSSION) and the route's due time if any.
 * {@code childIndexes} are the children (places in the contact's children, from 0) sent on it, {@code childNames} their
 * given names; both empty in events recorded before routes were per child, when the route was every child's.
 */
public record ContactRoutedV1(String contactId, String route, String localName, Map<String, String> details, Instant dueAt,
                              List<Integer> childIndexes, List<String> childNames) {

    public static final String TYPE = "ContactRouted";

    public ContactRoutedV1 {
        childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
        childNames = childNames == null ? List.of() : List.copyOf(childNames);
    }

    public ContactRoutedV1(String contactId, String route, String localName, Map<String, String> details, Instant dueAt) {
        this(contactId, route, localName, details, dueAt, List.of(), List.of());
    }
}
