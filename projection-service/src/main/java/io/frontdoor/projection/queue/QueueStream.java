package io.frontdoor.projection.queue;

import io.frontdoor.kernel.process.DaemonThreads;
import io.frontdoor.projection.eventlog.ContactsChanged;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes the queue to browsers. Each committed batch of events becomes one {@code changes} message per subscriber,
 * sent from one thread of its own so that a slow browser never holds up the Kafka consumer.
 */
@Component
public class QueueStream {

    /** What changed for one subscriber: entries to add or replace, and contact ids to drop (closed or now filtered out). */
    public record QueueChanges(List<QueueEntry> upserts, Set<String> removed) {
    }

    private record Subscriber(SseEmitter emitter, QueueFilter filter) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(QueueStream.class);
    private static final Duration CONNECTION_LIMIT = Duration.ofMinutes(30);

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("queue-stream"));
    private final QueueQuery query;
    private final Clock clock;

    public QueueStream(QueueQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
        sender.scheduleWithFixedDelay(this::keepAlive, 15, 15, TimeUnit.SECONDS);
    }

    public SseEmitter subscribe(QueueFilter filter) {
        SseEmitter emitter = new SseEmitter(CONNECTION_LIMIT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, filter);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        sender.execute(() -> send(subscriber, SseEmitter.event().name("snapshot").data(query.open(filter, clock.instant()))));
        return emitter;
    }

    /** From any instance's committed batch: this instance's browsers see every partition's changes. */
    @EventListener
    void on(ContactsChanged changed) {
        if (!subscribers.isEmpty()) {
            sender.execute(() -> broadcast(changed.contactIds()));
        }
    }

    private void broadcast(Set<String> contactIds) {
        for (Subscriber subscriber : subscribers) {
            List<QueueEntry> upserts = query.among(contactIds, subscriber.filter(), clock.instant());
            Set<String> removed = new LinkedHashSet<>(contactIds);
            upserts.forEach(entry -> removed.remove(entry.contactId()));
            send(subscriber, SseEmitter.event().name("changes").data(new QueueChanges(upserts, removed)));
        }
    }

    private void keepAlive() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("still here")));
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
            subscriber.emitter().completeWithError(gone);
        } catch (RuntimeException failed) {
            LOG.warn("queue stream could not send an update: {}", failed.getClass().getSimpleName());
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
        sender.shutdownNow();
    }
}
