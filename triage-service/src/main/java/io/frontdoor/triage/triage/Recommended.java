package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import java.util.List;

/**
 * What the aggregate needs of the engine's recommendation to judge a decision against it: the contact's as a whole and
 * each child's ({@code children} is empty in triages opened before recommendations were per child).
 */
public record Recommended(int levelRank, Rag rag, List<RouteCode> routes, List<ChildRecommended> children) {

    public Recommended {
        routes = List.copyOf(routes);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public Recommended(int levelRank, Rag rag, List<RouteCode> routes) {
        this(levelRank, rag, routes, List.of());
    }

    public record ChildRecommended(int index, int levelRank, Rag rag, List<RouteCode> routes) {
        public ChildRecommended {
            routes = List.copyOf(routes);
        }
    }

    /** The child's own recommendation; the contact's where the child has none of its own. */
    public Recommended forChild(int index) {
        return children.stream().filter(child -> child.index() == index).findFirst()
                .map(child -> new Recommended(child.levelRank(), child.rag(), child.routes()))
                .orElse(this);
    }
}
