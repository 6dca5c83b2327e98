package io.frontdoor.triage.threshold;

/** The outcomes a front door can route a contact to (DESIGN.md, "Domain language"). */
public enum RouteCode {
    ADVICE_AND_SIGNPOSTING,
    EARLY_HELP,
    DOMESTIC_ABUSE_TRIAGE,
    MARAC,
    SECTION_17_ASSESSMENT,
    STRATEGY_DISCUSSION,
    SECTION_47_ENQUIRY,
    LADO,
    PRIVATE_FOSTERING_ASSESSMENT,
    ACCOMMODATION_ASSESSMENT,
    EMERGENCY_DUTY_TEAM,
    OTHER_SERVICE;

    public static java.util.List<String> names(java.util.List<RouteCode> routes) {
        return routes.stream().map(Enum::name).toList();
    }
}
