package io.frontdoor.intake.feedback;

import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import java.util.List;

/** The parts of a decision a referrer may be told, kept while it waits for a manager's authorisation (never the rationale). */
record HeldDecision(String decisionId, LevelV1 level, List<String> routes, boolean acceptedForSocialCare, boolean revision) {

    static HeldDecision of(DecisionRecordedV1 decision) {
        return new HeldDecision(decision.decisionId(), decision.level(), decision.routes(), decision.acceptedForSocialCare(),
                decision.revision());
    }
}
