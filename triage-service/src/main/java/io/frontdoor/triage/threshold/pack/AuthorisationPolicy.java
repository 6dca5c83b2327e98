package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.code.RouteCode;
import java.util.List;

/** Which decisions need a manager's authorisation before they stand. */
public record AuthorisationPolicy(boolean overrideDownwards, boolean noFurtherActionOnPoliceDomesticAbuse,
                                  List<RouteCode> routes) {

    public static final AuthorisationPolicy NONE = new AuthorisationPolicy(false, false, List.of());

    public AuthorisationPolicy {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }
}
