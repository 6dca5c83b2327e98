package io.frontdoor.triage.threshold.pack;

import java.util.List;

/**
 * One descriptor of a level-of-need table. {@code tags} name what it is about (the pack format's controlled
 * vocabulary) so that rules can test it; a {@code protective} indicator is a strength, listed for the worker and
 * never counted towards the level.
 */
public record Indicator(String id, int level, Domain domain, String subDomain, String text, List<String> tags,
                        boolean protective) {

    public Indicator {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
