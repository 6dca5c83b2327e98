package io.frontdoor.intake.partnerfeed;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Folds the structured facts a message type carries beyond the ContactSubmission into the contact's narrative. */
final class Narrative {

    private Narrative() {
    }

    /** The non-null parts, one per line: "Category: NEGLECT", the summary… */
    static String of(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining("\n"));
    }

    static String labelled(String label, Object value) {
        return value == null ? null : label + ": " + value;
    }
}
