package io.frontdoor.intake.feedback;

import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import java.util.List;

/**
 * The parts of a decision a referrer may be told, kept while it waits for a manager's authorisation (never the rationale):
 * the contact's and each child's ({@code children} empty when held before decisions were per child).
 */
record HeldDecision(String decisionId, LevelV1 level, List<String> routes, boolean acceptedForSocialCare, boolean revision,
                    List<Child> children) {

    HeldDecision {
        children = children == null ? List.of() : List.copyOf(children);
    }

    record Child(int index, String name, LevelV1 level, List<String> routes, boolean acceptedForSocialCare) {
    }

    static HeldDecision of(DecisionRecordedV1 decision) {
        return new HeldDecision(decision.decisionId(), decision.level(), decision.routes(), decision.acceptedForSocialCare(),
                decision.revision(), decision.children().stream()
                .map(child -> new Child(child.index(), child.name(), child.level(), child.routes(), child.acceptedForSocialCare())).toList());
    }
}
