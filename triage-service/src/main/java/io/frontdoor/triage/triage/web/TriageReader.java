package io.frontdoor.triage.triage.web;

import io.frontdoor.platform.problem.NotFoundException;
import io.frontdoor.triage.triage.TriageEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The triage as its own events tell it: the worker's view of one contact's triage, with the version to decide on. Its
 * RAG, due time and recommendation are the latest an update raised, else the opening's.
 */
@Component
public class TriageReader {

    public record TriageView(String contactId, String packId, long version, String rag, Instant decisionDueAt, JsonNode recommendation,
                             String recommendationProblem, List<EventView> events) {
    }

    public record EventView(long sequence, String type, Instant at, Object event) {
    }

    private final EventStore events;

    public TriageReader(EventStore events) {
        this.events = events;
    }

    public TriageView read(String contactId) {
        List<EventView> history = new ArrayList<>();
        TriageEvents.TriageOpened opened = null;
        TriageEvents.UpdateEvaluated raised = null;
        for (DomainEventMessage<?> m : events.readEvents(contactId).asStream().toList()) {
            if (m.getPayload() instanceof TriageEvents.TriageOpened o) {
                opened = o;
            }
            if (m.getPayload() instanceof TriageEvents.UpdateEvaluated e && !e.raised().isEmpty() && e.recommendation() != null) {
                raised = e;
            }
            history.add(new EventView(m.getSequenceNumber(), m.getPayloadType().getSimpleName(), m.getTimestamp(), summary(m.getPayload())));
        }
        if (opened == null) {
            throw new NotFoundException("no triage for contact " + contactId);
        }
        if (raised != null) {
            return new TriageView(contactId, opened.submission().packId(), history.get(history.size() - 1).sequence(), raised.rag(),
                    raised.decisionDueAt(), raised.recommendation(), null, history);
        }
        return new TriageView(contactId, opened.submission().packId(), history.get(history.size() - 1).sequence(), opened.rag(), opened.decisionDueAt(),
                opened.recommendation(), opened.recommendationProblem(), history);
    }

    /** The opening event carries the whole submission: the timeline lists its type, not the personal data again. */
    private static Object summary(Object payload) {
        return payload instanceof TriageEvents.TriageOpened ? null : payload;
    }

    /** The contact as it was received, for the triage's own policies (never for an API answer). */
    public io.frontdoor.kernel.contact.ContactSubmission submission(String contactId) {
        return events.readEvents(contactId).asStream().map(DomainEventMessage::getPayload)
                .filter(TriageEvents.TriageOpened.class::isInstance).map(p -> ((TriageEvents.TriageOpened) p).submission())
                .findFirst().orElseThrow(() -> new NotFoundException("no triage for contact " + contactId));
    }

    public long version(String contactId) {
        return events.lastSequenceNumberFor(contactId)
                .orElseThrow(() -> new NotFoundException("no triage for contact " + contactId));
    }

    String latestCheckId(String contactId) {
        return events.readEvents(contactId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(TriageEvents.PartnerCheckRequested.class::isInstance)
                .map(p -> ((TriageEvents.PartnerCheckRequested) p).checkId())
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
