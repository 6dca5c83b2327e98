package io.frontdoor.kernel.event.triage;

/** An early-help episode started (outcome null) or closed with its outcome (needs met, stepped up, consent refused, …). */
public record EarlyHelpEpisodeV1(String episodeId, String contactId, String locality, String outcome) {

    public static final String TYPE = "EarlyHelpEpisode";
}
