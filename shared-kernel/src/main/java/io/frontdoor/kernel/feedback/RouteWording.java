package io.frontdoor.kernel.feedback;

import io.frontdoor.kernel.code.RouteCode;

import java.util.Locale;

/**
 * A route, as named on a topic, in plain words for a referrer with what happens next on it ({@link RouteCode}): the one
 * wording intake's partner feedback and the read side's partner view both use. A name that is no route is still shown.
 */
public final class RouteWording {

    public record Wording(String name, String next) {
    }

    private RouteWording() {
    }

    public static Wording of(String routeCode) {
        return RouteCode.parse(routeCode).map(RouteWording::of).orElseGet(() -> unknown(routeCode));
    }

    public static Wording of(RouteCode route) {
        return new Wording(route.displayName(), route.whatHappensNext());
    }

    private static Wording unknown(String routeCode) {
        String words = routeCode.replace('_', ' ').toLowerCase(Locale.ROOT);
        return new Wording(Character.toUpperCase(words.charAt(0)) + words.substring(1), null);
    }
}
