package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.RouteCode;
import java.util.List;

/**
 * When a decision needs a manager's authorisation, from the pack: overrides downwards, no further action on a police
 * domestic-abuse notification, and any routes the pack lists.
 */
public record AuthorisationRules(boolean overrideDownwards, boolean noFurtherActionOnPoliceDomesticAbuse, List<RouteCode> routes) {

    /** No decision needs authorising: for judging only which way a decision departs from the recommendation. */
    public static final AuthorisationRules NONE = new AuthorisationRules(false, false, List.of());

    public AuthorisationRules {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }
}
