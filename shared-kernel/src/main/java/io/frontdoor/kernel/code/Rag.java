package io.frontdoor.kernel.code;

import java.util.Optional;
import java.util.stream.Stream;

/** Urgency of a contact, in rising order: GREEN &lt; AMBER &lt; RED. */
public enum Rag {
    GREEN,
    AMBER,
    RED;

    /** The more urgent of the two; {@code null} counts as no opinion. */
    public Rag atLeast(Rag other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }

    /** 1 for GREEN up to 3 for RED. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The urgency a name on a topic stands for; empty for a name that is none. */
    public static Optional<Rag> parse(String name) {
        return Stream.of(values()).filter(rag -> rag.name().equals(name)).findFirst();
    }
}
