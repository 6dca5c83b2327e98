package io.frontdoor.projection.eventlog;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which contacts a committed batch changed, told to every projection instance: each instance consumes only some
 * partitions, but a browser's live queue may be open on any of them. The notice is a PostgreSQL NOTIFY sent in the
 * batch's own transaction (so it is delivered only if the batch commits); every instance LISTENs and publishes a
 * {@link ContactsChanged} for its live pages.
 */
@Component
public class ContactChangeNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ContactChangeNotices.class);
    /** NOTIFY payloads are limited to 8000 bytes; contact ids are sent in chunks well below that. */
    private static final int MAX_PAYLOAD = 7000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher publisher;
    private final String channel;
    private volatile boolean listening;
    private Thread listener;

    public ContactChangeNotices(JdbcTemplate jdbc, DataSource dataSource, ApplicationEventPublisher publisher,
                                @Value("${frontdoor.projection.schema:projection}") String schema) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.channel = "frontdoor_contacts_changed_" + schema;
    }

    /** Within the batch's transaction. */
    void announce(Set<String> contactIds) {
        StringBuilder chunk = new StringBuilder();
        for (String id : contactIds) {
            if (chunk.length() + id.length() + 1 > MAX_PAYLOAD) {
                send(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.isEmpty() ? "" : ",").append(id);
        }
        if (!chunk.isEmpty()) {
            send(chunk.toString());
        }
    }

    private void send(String payload) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> {
        }, channel, payload);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startListening() {
        listening = true;
        listener = new Thread(this::listen, "contact-change-notices");
        listener.setDaemon(true);
        listener.start();
    }

    @EventListener(ContextClosedEvent.class)
    void stopListening() {
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (listening) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listening) {
                    PGNotification[] notices = postgres.getNotifications(1000);
                    if (notices != null && notices.length > 0) {
                        Set<String> contacts = new LinkedHashSet<>();
                        for (PGNotification notice : notices) {
                            contacts.addAll(Arrays.asList(notice.getParameter().split(",")));
                        }
                        publisher.publishEvent(new ContactsChanged(contacts));
                    }
                }
            } catch (Exception failed) {
                if (!listening) {
                    return;
                }
                LOG.warn("listening for contact changes failed ({}); listening again in a second", failed.getClass().getSimpleName());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
