package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import java.util.List;

/**
 * One of a pack's four levels of need: its local name, its national rank and what the front door does by default
 * at that level (urgency and routes) when no rule says otherwise.
 */
public record Level(int rank, LevelCode code, String localName, Rag rag, List<RouteCode> routes,
                    boolean consentRequired, String description) {

    public Level {
        routes = List.copyOf(routes);
    }
}
