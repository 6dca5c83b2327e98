package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * A qualified worker recorded the front-door decision. {@code overrideDirection}: NONE, UP, DOWN or ROUTES_ONLY
 * (same level, different routes). When {@code authorisationRequired}, the decision is pending a manager.
 * {@code acceptedForSocialCare} is false for advice, signposting and early help (which start the 24-hour feedback clock).
 */
public record DecisionRecordedV1(String contactId, String decisionId, LevelV1 level, List<String> routes,
                                 String rationale, String decidedBy, String overrideDirection,
                                 boolean authorisationRequired, String authorisationReason,
                                 boolean acceptedForSocialCare, boolean revision) {

    public static final String TYPE = "DecisionRecorded";
}
