package io.frontdoor.projection.eventlog;

import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.kernel.event.triage.ChildLinkReviewedV1;
import io.frontdoor.kernel.event.triage.ContactLinkedToChildV1;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemDecidedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemScheduledV1;
import io.frontdoor.kernel.event.triage.DeadlinePassedV1;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.DecisionReturnedV1;
import io.frontdoor.kernel.event.triage.EscalationRaisedV1;
import io.frontdoor.kernel.event.triage.EscalationStageRecordedV1;
import io.frontdoor.kernel.event.triage.FeedbackDueV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRequestedV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRespondedV1;
import io.frontdoor.kernel.event.triage.StrategyDiscussionOutcomeV1;
import io.frontdoor.kernel.event.triage.TriageAllocatedV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import java.util.Map;

/** The public events the read side understands, by their envelope's {@code eventType}. */
public final class FrontDoorEvents {

    static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
            Map.entry(ContactReceivedV1.TYPE, ContactReceivedV1.class),
            Map.entry(io.frontdoor.kernel.event.ContactUpdatedV1.TYPE, io.frontdoor.kernel.event.ContactUpdatedV1.class),
            Map.entry(io.frontdoor.kernel.event.triage.UpdateEvaluatedV1.TYPE, io.frontdoor.kernel.event.triage.UpdateEvaluatedV1.class),
            Map.entry(io.frontdoor.kernel.event.triage.UpdateAlertV1.TYPE, io.frontdoor.kernel.event.triage.UpdateAlertV1.class),
            Map.entry(io.frontdoor.kernel.event.triage.FlaggedForReviewV1.TYPE, io.frontdoor.kernel.event.triage.FlaggedForReviewV1.class),
            Map.entry(io.frontdoor.kernel.event.triage.DecisionReviewedV1.TYPE, io.frontdoor.kernel.event.triage.DecisionReviewedV1.class),
            Map.entry(TriageOpenedV1.TYPE, TriageOpenedV1.class),
            Map.entry(ContactLinkedToChildV1.TYPE, ContactLinkedToChildV1.class),
            Map.entry(ChildLinkReviewedV1.TYPE, ChildLinkReviewedV1.class),
            Map.entry(TriageAllocatedV1.TYPE, TriageAllocatedV1.class),
            Map.entry(PartnerCheckRequestedV1.TYPE, PartnerCheckRequestedV1.class),
            Map.entry(PartnerCheckRespondedV1.TYPE, PartnerCheckRespondedV1.class),
            Map.entry(DecisionRecordedV1.TYPE, DecisionRecordedV1.class),
            Map.entry(DecisionAuthorisedV1.TYPE, DecisionAuthorisedV1.class),
            Map.entry(DecisionReturnedV1.TYPE, DecisionReturnedV1.class),
            Map.entry(ContactRoutedV1.TYPE, ContactRoutedV1.class),
            Map.entry(StrategyDiscussionOutcomeV1.TYPE, StrategyDiscussionOutcomeV1.class),
            Map.entry(FeedbackDueV1.TYPE, FeedbackDueV1.class),
            Map.entry(FeedbackSentV1.TYPE, FeedbackSentV1.class),
            Map.entry(DeadlinePassedV1.TYPE, DeadlinePassedV1.class),
            Map.entry(TriageClosedV1.TYPE, TriageClosedV1.class),
            Map.entry(DaTriageItemScheduledV1.TYPE, DaTriageItemScheduledV1.class),
            Map.entry(DaTriageItemDecidedV1.TYPE, DaTriageItemDecidedV1.class),
            Map.entry(EscalationRaisedV1.TYPE, EscalationRaisedV1.class),
            Map.entry(EscalationStageRecordedV1.TYPE, EscalationStageRecordedV1.class));

    private FrontDoorEvents() {
    }

    /** The typed payload; an event type this version does not know stays a JSON tree (logged, shown, not folded). */
    public static Object decode(EventEnvelope envelope) {
        Class<?> type = PAYLOADS.get(envelope.eventType());
        return type == null ? envelope.payload() : envelope.payloadAs(type);
    }
}
