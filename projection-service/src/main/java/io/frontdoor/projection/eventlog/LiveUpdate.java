package io.frontdoor.projection.eventlog;

import io.frontdoor.projection.view.Views;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a batch of incoming events and brings every live view up to date with the new ones, in one transaction: a
 * redelivered event is already in the log, so it changes nothing.
 */
@Component
public class LiveUpdate {

    private final EventLog log;
    private final Views views;
    private final ApplicationEventPublisher publisher;

    public LiveUpdate(EventLog log, Views views, ApplicationEventPublisher publisher) {
        this.log = log;
        this.views = views;
        this.publisher = publisher;
    }

    @Transactional
    public List<LoggedEvent> record(List<IncomingEvent> incoming) {
        List<LoggedEvent> fresh = log.append(incoming);
        views.apply(fresh);
        if (!fresh.isEmpty()) {
            Set<String> contacts = new LinkedHashSet<>();
            fresh.forEach(event -> contacts.add(event.contactId()));
            publisher.publishEvent(new ContactsChanged(contacts));
        }
        return fresh;
    }
}
