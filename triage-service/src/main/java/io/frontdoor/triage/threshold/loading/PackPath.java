package io.frontdoor.triage.threshold.loading;

import java.util.ArrayList;
import java.util.List;

/** A place inside a pack file, written as a JSON path ({@code $.indicators[12].level}). */
public record PackPath(List<Object> segments) {

    public static final PackPath ROOT = new PackPath(List.of());

    public PackPath {
        segments = List.copyOf(segments);
    }

    public static PackPath of(Object... segments) {
        return new PackPath(List.of(segments));
    }

    public PackPath then(Object... more) {
        List<Object> longer = new ArrayList<>(segments);
        longer.addAll(List.of(more));
        return new PackPath(longer);
    }

    public PackPath parent() {
        return segments.isEmpty() ? this : new PackPath(segments.subList(0, segments.size() - 1));
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The same place as a JSON pointer ({@code /indicators/12/level}). */
    public String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder("$");
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(segment);
            }
        }
        return path.toString();
    }
}
