package io.frontdoor.intake.contact;

import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.ContactUpdatedV1;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.IntegrationEvent;
import io.frontdoor.platform.messaging.IntegrationEventMapper;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Intake's public events: each accepted contact and each update of one go to {@code frontdoor.contacts.v1}, keyed by contact id. */
@Component
public class ContactEventsToKafka implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event) {
        if (event instanceof ContactReceived received) {
            return Optional.of(new IntegrationEvent(Topics.CONTACTS, received.contactId(), ContactReceivedV1.TYPE,
                    new ContactReceivedV1(received.contactId(), received.submission(), received.receivedAt(), Instant.now())));
        }
        if (event instanceof ContactUpdated updated) {
            return Optional.of(new IntegrationEvent(Topics.CONTACTS, updated.contactId(), ContactUpdatedV1.TYPE,
                    new ContactUpdatedV1(updated.contactId(), updated.updateNumber(), updated.submission(), updated.changes(),
                            updated.sentBy(), updated.receivedAt(), updated.recordedAt())));
        }
        return Optional.empty();
    }
}
