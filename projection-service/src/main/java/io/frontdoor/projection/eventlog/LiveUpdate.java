package io.frontdoor.projection.eventlog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a batch of incoming events and brings the {@link ReadSide} (every live view) up to date with the new ones, in
 * one transaction: a redelivered event is already in the log, so it changes nothing. Which contacts changed is told,
 * on commit, to every instance's live pages ({@link ContactChangeNotices}).
 */
@Component
public class LiveUpdate {

    private final EventLog log;
    private final ReadSide views;
    private final ContactChangeNotices notices;

    public LiveUpdate(EventLog log, ReadSide views, ContactChangeNotices notices) {
        this.log = log;
        this.views = views;
        this.notices = notices;
    }

    @Transactional
    public List<LoggedEvent> record(List<IncomingEvent> incoming) {
        List<LoggedEvent> fresh = log.append(incoming);
        views.apply(fresh);
        if (!fresh.isEmpty()) {
            Set<String> contacts = new LinkedHashSet<>();
            fresh.forEach(event -> contacts.add(event.contactId()));
            notices.announce(contacts);
        }
        return fresh;
    }
}
