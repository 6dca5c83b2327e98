package io.frontdoor.kernel.event.triage;

import java.util.List;

/**
 * A qualified worker recorded the front-door decision. {@code overrideDirection}: NONE, UP, DOWN or ROUTES_ONLY
 * (same level, different routes). When {@code authorisationRequired}, the decision is pending a manager.
 * {@code acceptedForSocialCare} is false for advice, signposting and early help (which start the 24-hour feedback clock).
 * <p>
 * The top-level fields are the contact as a whole (the highest level, every route, authorisation when any child's
 * decision needs it, accepted when any child is); {@code children} is each child's own decision, judged against that
 * child's recommendation (absent in events recorded before decisions were per child: the decision is every child's).
 */
public record DecisionRecordedV1(String contactId, String decisionId, LevelV1 level, List<String> routes,
                                 String rationale, String decidedBy, String overrideDirection,
                                 boolean authorisationRequired, String authorisationReason,
                                 boolean acceptedForSocialCare, boolean revision, List<ChildDecision> children) {

    public static final String TYPE = "DecisionRecorded";

    public DecisionRecordedV1 {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A decision for every child alike (as recorded before decisions were per child). */
    public DecisionRecordedV1(String contactId, String decisionId, LevelV1 level, List<String> routes, String rationale,
                              String decidedBy, String overrideDirection, boolean authorisationRequired,
                              String authorisationReason, boolean acceptedForSocialCare, boolean revision) {
        this(contactId, decisionId, level, routes, rationale, decidedBy, overrideDirection, authorisationRequired,
                authorisationReason, acceptedForSocialCare, revision, List.of());
    }

    /** One child's decision: {@code index} in the contact's children (from 0), {@code name} the given name only. */
    public record ChildDecision(int index, String name, LevelV1 level, List<String> routes, String rationale,
                                String overrideDirection, boolean authorisationRequired, String authorisationReason,
                                boolean acceptedForSocialCare) {
        public ChildDecision {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }
}
