package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.PartnerAgencyScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole referral as the front door received it, with every update in order, for the front door's staff and for the
 * referring agency (its own only: another agency's answers as if it did not exist). Read from the contact's own event
 * stream (a handful of events); its status from {@link ContactStatuses}.
 */
@RestController
public class ContactRecordController {

    /** {@code sender}: the partner system of the partner feed, null for REST; {@code current}: the latest submission. */
    public record ContactRecord(String contactId, String status, Instant receivedAt, Instant recordedAt, String sender,
                                ContactSubmission submission, List<Update> updates, ContactSubmission current) {
    }

    public record Update(int number, Instant receivedAt, Instant recordedAt, String sentBy, List<String> changes,
                         ContactSubmission submission) {
    }

    private final EventStore events;
    private final ContactStatuses statuses;

    public ContactRecordController(EventStore events, ContactStatuses statuses) {
        this.events = events;
        this.statuses = statuses;
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/api/contacts/{contactId}")
    public ContactRecord contact(@PathVariable String contactId, Actor actor) {
        ContactReceived received = null;
        Instant recordedAt = null;
        List<Update> updates = new ArrayList<>();
        List<? extends DomainEventMessage<?>> stream = events.readEvents(contactId).asStream().toList();
        for (DomainEventMessage<?> message : stream) {
            if (message.getPayload() instanceof ContactReceived first) {
                received = first;
                recordedAt = message.getTimestamp();
            } else if (message.getPayload() instanceof ContactUpdated update) {
                updates.add(new Update(update.updateNumber(), update.receivedAt(), update.recordedAt(), update.sentBy(),
                        update.changes(), update.submission()));
            }
        }
        if (received == null) {
            throw new NotFoundException("no record with id " + contactId);
        }
        var referrer = received.submission().referrer();
        PartnerAgencyScope.requireMaySee(actor, referrer.agencyType(), referrer.agencyName(), contactId);
        ContactSubmission current = updates.isEmpty() ? received.submission() : updates.get(updates.size() - 1).submission();
        return new ContactRecord(contactId, statuses.of(contactId).name(), received.receivedAt(), recordedAt, received.sender(),
                received.submission(), updates, current);
    }
}
