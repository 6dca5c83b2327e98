package io.frontdoor.intake.contact;

import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.platform.problem.NotFoundException;
import io.frontdoor.platform.security.Actor;
import io.frontdoor.platform.security.PartnerAgencyScope;
import java.time.Instant;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the {@code Location} of an accepted contact answers: its receipt, for the referrer's own agency and the front door. */
@RestController
public class ContactStatusController {

    public record ContactStatus(String contactId, String externalReference, String referrerAgency, Instant receivedAt,
                                String status) {
    }

    private final EventStore events;

    public ContactStatusController(EventStore events) {
        this.events = events;
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/api/contacts/{contactId}")
    public ContactStatus status(@PathVariable String contactId, Actor actor) {
        ContactReceived received = events.readEvents(contactId).asStream()
                .map(message -> message.getPayload())
                .filter(ContactReceived.class::isInstance).map(ContactReceived.class::cast)
                .findFirst().orElseThrow(() -> new NotFoundException("no record with id " + contactId));
        var referrer = received.submission().referrer();
        PartnerAgencyScope.requireMaySee(actor, referrer.agencyType(), referrer.agencyName(), contactId);
        return new ContactStatus(contactId, received.submission().externalReference(), referrer.agencyType().name(),
                received.receivedAt(), "RECEIVED");
    }
}
