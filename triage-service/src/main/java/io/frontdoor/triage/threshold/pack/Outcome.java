package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import java.util.List;

/**
 * The {@code then} of a rule: raise the level and urgency (never lower them), add routes, take routes away, set the
 * decision timescale, decide consent, advise the worker. Absent values ({@code null}, empty lists) say nothing.
 */
public record Outcome(Integer level, Rag rag, List<RouteCode> routes, boolean levelRoutes,
                      List<RouteCode> withoutRoutes, String due, Boolean consentRequired, String advice) {

    public Outcome {
        routes = routes == null ? List.of() : List.copyOf(routes);
        withoutRoutes = withoutRoutes == null ? List.of() : List.copyOf(withoutRoutes);
    }

    public boolean givesRoutes() {
        return !routes.isEmpty();
    }
}
