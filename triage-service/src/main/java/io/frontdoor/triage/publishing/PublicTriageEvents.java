package io.frontdoor.triage.publishing;

import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.triage.triage.LevelOfNeed;
import io.frontdoor.kernel.event.triage.RecommendationV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import io.frontdoor.triage.triage.RecommendationDocument;
import io.frontdoor.triage.triage.TriageEvents.DecisionRecorded;
import io.frontdoor.triage.triage.TriageEvents.TriageOpened;
import io.frontdoor.triage.triage.TriageEvents.UpdateEvaluated;
import io.frontdoor.kernel.event.triage.UpdateEvaluatedV1;
import org.springframework.stereotype.Component;

/** The public events that are more than a projection of the domain event. */
@Component
public class PublicTriageEvents {

    TriageOpenedV1 opened(TriageOpened e) {
        var submission = e.submission();
        var children = submission.children().stream()
                .map(c -> new ChildSummary(c.givenName(), c.familyName(), c.dateOfBirth(), c.expectedDateOfBirth()))
                .toList();
        RecommendationV1 recommendation = RecommendationDocument.as(e.recommendation(), RecommendationV1.class);
        return new TriageOpenedV1(e.contactId(), submission.packId(), children, e.receivedAt(),
                submission.referrer().agencyType().name(), submission.referrer().agencyName(), submission.externalReference(),
                submission.channel() == null ? null : submission.channel().name(), recommendation, e.rag(),
                e.decisionDueAt(), e.outOfHours());
    }

    UpdateEvaluatedV1 evaluated(UpdateEvaluated e) {
        RecommendationV1 recommendation = RecommendationDocument.as(e.recommendation(), RecommendationV1.class);
        return new UpdateEvaluatedV1(e.contactId(), e.updateNumber(), e.changes(), e.sentBy(), e.raised(), recommendation,
                e.recommendationProblem(), e.rag(), e.decisionDueAt(), e.previousDecisionDueAt(), e.triageStatus());
    }

    DecisionRecordedV1 decided(DecisionRecorded e) {
        return new DecisionRecordedV1(e.contactId(), e.decisionId(), level(e.level()), e.routes(), e.rationale(), e.decidedBy(),
                e.overrideDirection(), e.authorisationRequired(), e.authorisationReason(), e.acceptedForSocialCare(), e.revision(),
                e.children().stream().map(child -> new DecisionRecordedV1.ChildDecision(child.index(), child.name(), level(child.level()),
                        child.routes(), child.rationale(), child.overrideDirection(), child.authorisationRequired(),
                        child.authorisationReason(), child.acceptedForSocialCare())).toList());
    }

    private static LevelV1 level(LevelOfNeed level) {
        return level == null ? null : new LevelV1(level.code(), level.rank(), level.localName());
    }
}
