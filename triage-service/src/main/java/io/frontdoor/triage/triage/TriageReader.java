package io.frontdoor.triage.triage;

import io.frontdoor.kernel.domain.NotFoundException;
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
                    raised.decisionDueAt(), RecommendationDocument.tree(raised.recommendation()), null, history);
        }
        return new TriageView(contactId, opened.submission().packId(), history.get(history.size() - 1).sequence(), opened.rag(), opened.decisionDueAt(),
                RecommendationDocument.tree(opened.recommendation()), opened.recommendationProblem(), history);
    }

    /** The triage as it stands, typed: what {@link #read} leaves each caller to work out from the events. */
    public TriageState state(String contactId) {
        List<TriageState.Recorded> recorded = events.readEvents(contactId).asStream()
                .map(m -> new TriageState.Recorded(m.getSequenceNumber(), m.getTimestamp(), m.getPayload())).toList();
        if (recorded.isEmpty() || !(recorded.get(0).payload() instanceof TriageEvents.TriageOpened)) {
            throw new NotFoundException("no triage for contact " + contactId);
        }
        return TriageState.of(contactId, recorded);
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

    public boolean exists(String contactId) {
        return events.lastSequenceNumberFor(contactId).isPresent();
    }

    public long version(String contactId) {
        return events.lastSequenceNumberFor(contactId)
                .orElseThrow(() -> new NotFoundException("no triage for contact " + contactId));
    }

    /** Who a check is about, as the agency asked needs them to search its own records. */
    public record CheckedChild(String givenName, String familyName, java.time.LocalDate dateOfBirth,
                               java.time.LocalDate expectedDateOfBirth, String nhsNumber, String postcode) {
    }

    /** A partner check as the agency asked sees it: the question, the children, and its answer once given. */
    public record CheckView(String contactId, String checkId, String agency, String question, Instant requestedAt, Instant dueAt,
                            String response, Instant answeredAt, String answeredBy, List<CheckedChild> children) {
    }

    /** The check, if the contact has one with this id. */
    public java.util.Optional<CheckView> check(String contactId, String checkId) {
        CheckView found = null;
        List<CheckedChild> children = List.of();
        for (DomainEventMessage<?> m : events.readEvents(contactId).asStream().toList()) {
            Object payload = m.getPayload();
            if (payload instanceof TriageEvents.TriageOpened opened) {
                children = opened.submission().children().stream().map(c -> new CheckedChild(c.givenName(), c.familyName(),
                        c.dateOfBirth(), c.expectedDateOfBirth(), c.nhsNumber(), c.address() == null ? null : c.address().postcode()))
                        .toList();
            } else if (payload instanceof TriageEvents.PartnerCheckRequested asked && asked.checkId().equals(checkId)) {
                found = new CheckView(contactId, checkId, asked.agency(), asked.question(), m.getTimestamp(), asked.dueAt(),
                        null, null, null, children);
            } else if (payload instanceof TriageEvents.PartnerCheckResponded answered && answered.checkId().equals(checkId)
                    && found != null) {
                found = new CheckView(contactId, checkId, found.agency(), found.question(), found.requestedAt(), found.dueAt(),
                        answered.response(), m.getTimestamp(), answered.recordedBy(), found.children());
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * Whether the contact has a partner check {@code checkId} asked of this kind of agency (a partner answers only its
     * own agency's checks). False for a contact or check that does not exist.
     */
    public boolean checkAskedOf(String contactId, String checkId, io.frontdoor.kernel.contact.AgencyType agency) {
        return agency != null && check(contactId, checkId).filter(check -> agency.name().equals(check.agency())).isPresent();
    }

    public String latestCheckId(String contactId) {
        return events.readEvents(contactId).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(TriageEvents.PartnerCheckRequested.class::isInstance)
                .map(p -> ((TriageEvents.PartnerCheckRequested) p).checkId())
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
