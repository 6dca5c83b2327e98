package io.frontdoor.triage.publishing;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.*;
import io.frontdoor.platform.messaging.IntegrationEvent;
import io.frontdoor.platform.messaging.IntegrationEventMapper;
import io.frontdoor.triage.datriage.DaTriageMessages;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones;
import io.frontdoor.triage.earlyhelp.StepUpReferral;
import io.frontdoor.triage.escalation.EscalationMessages;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Triage's public events on {@code frontdoor.triage.v1}, keyed by contact id. Where a public record has the same field
 * names as the domain event, it is a projection of it: fields the public record does not name (a check's content,
 * scheduler ids, the submission) never leave the service.
 */
@Component
public class TriageEventsToKafka implements IntegrationEventMapper {

    private static final Map<Class<?>, Class<?>> SAME_SHAPE = Map.ofEntries(
            Map.entry(ContactLinkedToChild.class, ContactLinkedToChildV1.class),
            Map.entry(ChildLinkReviewed.class, ChildLinkReviewedV1.class),
            Map.entry(TriageAllocated.class, TriageAllocatedV1.class),
            Map.entry(PartnerCheckRequested.class, PartnerCheckRequestedV1.class),
            Map.entry(PartnerCheckResponded.class, PartnerCheckRespondedV1.class),
            Map.entry(DecisionAuthorised.class, DecisionAuthorisedV1.class),
            Map.entry(DecisionReturned.class, DecisionReturnedV1.class),
            Map.entry(ContactRouted.class, ContactRoutedV1.class),
            Map.entry(StrategyDiscussionOutcomeRecorded.class, StrategyDiscussionOutcomeV1.class),
            Map.entry(FeedbackDue.class, FeedbackDueV1.class),
            Map.entry(FeedbackSent.class, FeedbackSentV1.class),
            Map.entry(DeadlinePassed.class, DeadlinePassedV1.class),
            Map.entry(TriageClosed.class, TriageClosedV1.class),
            Map.entry(UpdateAlert.class, UpdateAlertV1.class),
            Map.entry(FlaggedForReview.class, FlaggedForReviewV1.class),
            Map.entry(DecisionReviewed.class, DecisionReviewedV1.class),
            Map.entry(EscalationMessages.EscalationRaised.class, EscalationRaisedV1.class),
            Map.entry(DaTriageMessages.DaTriageItemScheduled.class, DaTriageItemScheduledV1.class),
            Map.entry(EarlyHelpMessages.EarlyHelpEpisodeStarted.class, EarlyHelpEpisodeV1.class),
            Map.entry(EarlyHelpMessages.EarlyHelpEpisodeClosed.class, EarlyHelpEpisodeV1.class),
            Map.entry(EarlyHelpMessages.EarlyHelpMilestoneRecorded.class, EarlyHelpMilestoneV1.class),
            Map.entry(EarlyHelpMessages.EarlyHelpMilestoneOverdue.class, DeadlinePassedV1.class),
            Map.entry(DaTriageMessages.DaTriageItemDecided.class, DaTriageItemDecidedV1.class),
            Map.entry(EscalationMessages.EscalationStageRecorded.class, EscalationStageRecordedV1.class));

    private final PublicTriageEvents shaped;

    public TriageEventsToKafka(PublicTriageEvents shaped) {
        this.shaped = shaped;
    }

    @Override
    public Optional<IntegrationEvent> map(Object event) {
        Object payload;
        if (event instanceof TriageOpened opened) {
            payload = shaped.opened(opened);
        } else if (event instanceof UpdateEvaluated evaluated) {
            payload = shaped.evaluated(evaluated);
        } else if (event instanceof DecisionRecorded decided) {
            payload = shaped.decided(decided);
        } else if (event instanceof EarlyHelpMessages.EarlyHelpSteppedUp steppedUp) {
            return Optional.of(StepUpReferral.toIntake(steppedUp));
        } else if (event instanceof EarlyHelpMilestones.EarlyHelpMilestone milestone) {
            payload = EventEnvelopes.JSON.convertValue(milestone.recorded(), EarlyHelpMilestoneV1.class);
        } else {
            payload = Optional.ofNullable(SAME_SHAPE.get(event.getClass()))
                    .map((Function<Class<?>, Object>) type -> EventEnvelopes.JSON.convertValue(event, type)).orElse(null);
        }
        if (payload == null) {
            return Optional.empty();
        }
        return Optional.of(new IntegrationEvent(Topics.TRIAGE, contactId(payload), typeOf(payload), payload));
    }

    private static String contactId(Object payload) {
        return EventEnvelopes.JSON.valueToTree(payload).get("contactId").asString();
    }

    private static String typeOf(Object payload) {
        try {
            return (String) payload.getClass().getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(payload.getClass() + " has no TYPE", e);
        }
    }
}
