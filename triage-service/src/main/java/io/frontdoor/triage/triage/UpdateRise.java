package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a referrer's update makes the contact more serious than the recommendation in force: a higher level, a more
 * urgent RAG, or a route not recommended before. What rose is taken up; nothing is ever lowered by an update (protective
 * factors lower a recommendation only through a recorded human decision — North Lincolnshire, "Decision-making about
 * levels of need").
 */
record UpdateRise(List<String> raised, Recommended inForce, String rag) {

    static final String LEVEL = "LEVEL";
    static final String RAG = "RAG";
    static final String ROUTES = "ROUTES";

    /** @param after the pack's advice on the updated submission, or null when the engine could not judge it */
    static UpdateRise of(Recommended before, String ragBefore, Recommended after) {
        if (after == null) {
            return new UpdateRise(List.of(), before, ragBefore);
        }
        List<String> raised = new ArrayList<>();
        int levelBefore = before == null ? 0 : before.levelRank();
        List<RouteCode> routesBefore = before == null ? List.of() : before.routes();
        Rag urgencyBefore = Rag.parse(ragBefore).orElse(null);
        boolean moreUrgent = after.rag() != null && (urgencyBefore == null || after.rag().compareTo(urgencyBefore) > 0);
        if (after.levelRank() > levelBefore) {
            raised.add(LEVEL);
        }
        if (moreUrgent) {
            raised.add(RAG);
        }
        if (!routesBefore.containsAll(after.routes())) {
            raised.add(ROUTES);
        }
        if (raised.isEmpty()) {
            return new UpdateRise(List.of(), before, ragBefore);
        }
        Rag rag = moreUrgent ? after.rag() : urgencyBefore;
        List<RouteCode> routes = new ArrayList<>(routesBefore);
        after.routes().stream().filter(route -> !routes.contains(route)).forEach(routes::add);
        return new UpdateRise(List.copyOf(raised), new Recommended(Math.max(levelBefore, after.levelRank()), rag, routes),
                moreUrgent ? rag.name() : ragBefore);
    }

    String describe(int updateNumber) {
        return "Update " + updateNumber + " from the referrer raised the " + String.join(", ", raised).toLowerCase(Locale.ROOT);
    }

    boolean rose() {
        return !raised.isEmpty();
    }
}
