package io.frontdoor.triage.triage;

import java.util.List;

/** What the aggregate needs of the engine's recommendation to judge a decision against it. */
public record Recommended(int levelRank, String rag, List<String> routes) {

    public Recommended {
        routes = List.copyOf(routes);
    }
}
