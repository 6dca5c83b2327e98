package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.RouteCode;
import java.util.Map;

/** What the receiving team needs with a routed contact. */
final class RouteDetails {

    private RouteDetails() {
    }

    static Map<String, String> forRoute(String route, String postcode) {
        return RouteCode.parse(route).map(code -> forRoute(code, postcode)).orElse(Map.of());
    }

    static Map<String, String> forRoute(RouteCode route, String postcode) {
        return switch (route) {
            case STRATEGY_DISCUSSION -> Map.of("participants", "police, health, education, children's social care",
                    "outcome", "section 47 enquiry or not, recorded after the discussion");
            case EARLY_HELP -> Map.of("locality", locality(postcode));
            case LADO -> Map.of("note", "the LADO must be informed within one working day");
            default -> Map.of();
        };
    }

    /** The locality team is chosen by postcode district (the outward code), e.g. "DN15". */
    static String locality(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return "unknown: no postcode given";
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : compact;
    }
}
