package io.frontdoor.projection.eventlog;

import java.util.Set;

/** Published on every instance once the views have committed a batch: which contacts it changed (for live pages). */
public record ContactsChanged(Set<String> contactIds) {
}
