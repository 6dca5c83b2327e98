package io.frontdoor.projection.contact;

import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import java.time.Instant;
import java.util.List;

/**
 * A front-door decision as recorded, and a manager's answer to it: {@code authorisation} NOT_REQUIRED, PENDING, AUTHORISED
 * or RETURNED. The top-level fields are the contact's; {@code children} each child's own (empty for decisions recorded
 * before they were per child: the decision was every child's).
 */
public record Decision(String decisionId, Instant recordedAt, LevelV1 level, List<String> routes, String rationale,
                       String decidedBy, String overrideDirection, boolean acceptedForSocialCare, boolean revision,
                       String authorisation, String authorisationBy, Instant authorisationAt,
                       List<DecisionRecordedV1.ChildDecision> children) {

    static final String RETURNED = "RETURNED";

    public Decision {
        children = children == null ? List.of() : List.copyOf(children);
    }

    Decision answered(String outcome, String by, Instant at) {
        return new Decision(decisionId, recordedAt, level, routes, rationale, decidedBy, overrideDirection,
                acceptedForSocialCare, revision, outcome, by, at, children);
    }

    /** One child's part of this decision: its own, or the decision itself when it was every child's. */
    public Decision forChild(int index) {
        return children.stream().filter(child -> child.index() == index).findFirst()
                .map(child -> new Decision(decisionId, recordedAt, child.level(), child.routes(), child.rationale(), decidedBy,
                        child.overrideDirection(), child.acceptedForSocialCare(), revision, authorisation, authorisationBy,
                        authorisationAt, List.of(child)))
                .orElse(this);
    }
}
