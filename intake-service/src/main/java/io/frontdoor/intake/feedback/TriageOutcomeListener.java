package io.frontdoor.intake.feedback;

import io.frontdoor.intake.contact.ContactStatuses;
import io.frontdoor.intake.contact.PartnerFeedbackV1;
import io.frontdoor.intake.contact.RecordPartnerFeedback;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.platform.messaging.KafkaEventPublisher;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.DecisionReturnedV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.platform.axon.RecordBatches;
import io.frontdoor.platform.messaging.ProcessedEvents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns the triage workflow's public events about a partner's contact into feedback for that partner, and keeps every
 * contact's status ({@link ContactStatuses}). The inbox row, the status, a held decision and the recorded feedback commit
 * in one transaction per poll ({@link RecordBatches}), and the offsets after it: a redelivered triage event changes
 * nothing. Events about contacts that did not come from a partner give no feedback. Triage's other events (most of them:
 * child links, deadlines, meeting items…) are passed over by their {@code eventType} header, unread and unrecorded.
 */
@Component
public class TriageOutcomeListener {

    static final String CONSUMER = "intake.partner-feedback";

    /** What a partner is told of, beside the statuses' events: the types {@link #feedbackFor} acts on. */
    private static final Set<String> FEEDBACK_TYPES = Set.of(DecisionRecordedV1.TYPE, DecisionAuthorisedV1.TYPE,
            DecisionReturnedV1.TYPE, ContactRoutedV1.TYPE, FeedbackSentV1.TYPE, TriageClosedV1.TYPE);

    private final ProcessedEvents inbox;
    private final PartnerContacts partners;
    private final FeedbackMessages messages;
    private final CommandGateway commands;
    private final ContactStatuses statuses;
    private final RecordBatches batches;

    public TriageOutcomeListener(ProcessedEvents inbox, PartnerContacts partners, FeedbackMessages messages, CommandGateway commands,
                                 ContactStatuses statuses, RecordBatches batches) {
        this.inbox = inbox;
        this.statuses = statuses;
        this.partners = partners;
        this.messages = messages;
        this.commands = commands;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TRIAGE, groupId = "intake-partner-feedback", batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        batches.handle(records, this::on);
    }

    void on(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(KafkaEventPublisher.EVENT_TYPE_HEADER);
        if (type != null && !actsOn(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        EventEnvelope event = EventEnvelopes.read(record.value());
        if (!actsOn(event.eventType()) || !inbox.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        statuses.apply(event);
        partners.find(event.contactId()).flatMap(partner -> feedbackFor(event, partner))
                .ifPresent(feedback -> commands.sendAndWait(new RecordPartnerFeedback(feedback.contactId(), feedback)));
    }

    private static boolean actsOn(String eventType) {
        return ContactStatuses.EVENT_TYPES.contains(eventType) || FEEDBACK_TYPES.contains(eventType);
    }

    private Optional<PartnerFeedbackV1> feedbackFor(EventEnvelope event, PartnerContact partner) {
        String id = event.eventId();
        return switch (event.eventType()) {
            case DecisionRecordedV1.TYPE -> decided(event.payloadAs(DecisionRecordedV1.class), partner, event);
            case DecisionAuthorisedV1.TYPE -> partners.releaseHeld(partner.contactId(), event.payloadAs(DecisionAuthorisedV1.class).decisionId())
                    .map(decision -> messages.decision(id, partner, event.occurredAt(), decision));
            case DecisionReturnedV1.TYPE -> {
                partners.discardHeld(partner.contactId());
                yield Optional.empty();
            }
            case ContactRoutedV1.TYPE -> Optional.of(messages.routed(id, partner, event.occurredAt(), event.payloadAs(ContactRoutedV1.class)));
            case FeedbackSentV1.TYPE -> Optional.of(messages.feedback(id, partner, event.occurredAt(), event.payloadAs(FeedbackSentV1.class)));
            case TriageClosedV1.TYPE -> Optional.of(messages.closed(id, partner, event.occurredAt()));
            default -> Optional.empty();
        };
    }

    /** A decision that needs a manager's authorisation is told to the partner only once authorised. */
    private Optional<PartnerFeedbackV1> decided(DecisionRecordedV1 decision, PartnerContact partner, EventEnvelope event) {
        if (decision.authorisationRequired()) {
            partners.holdForAuthorisation(partner.contactId(), HeldDecision.of(decision));
            return Optional.empty();
        }
        partners.discardHeld(partner.contactId());
        return Optional.of(messages.decision(event.eventId(), partner, event.occurredAt(), HeldDecision.of(decision)));
    }
}
