package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * An early-help episode started (outcome null) or closed with its outcome (needs met, stepped up, consent refused, …).
 * {@code childIndexes}: the children of the contact it covers, stepped down together with one lead professional (empty
 * in events recorded before it said so: every child of the contact).
 */
public record EarlyHelpEpisodeV1(String episodeId, String contactId, String locality, String outcome, List<Integer> childIndexes) {

    public static final String TYPE = "EarlyHelpEpisode";

    public EarlyHelpEpisodeV1 {
        childIndexes = childIndexes == null ? List.of() : List.copyOf(childIndexes);
    }

    public EarlyHelpEpisodeV1(String episodeId, String contactId, String locality, String outcome) {
        this(episodeId, contactId, locality, outcome, List.of());
    }
}
