package io.frontdoor.platform.axon;

import io.frontdoor.kernel.process.DaemonThreads;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the outbox publishers read it. A pooled streaming processor with nothing to do looks at its stream
 * again after 500 ms unless the stream can call it back when events arrive, and the embedded event store's stream
 * cannot. This source's streams call the processor back
 * <ul>
 *   <li>as soon as a unit of work in this process has committed events, and the processor's next look then waits (at
 *       most {@link #FETCH_WAIT}) for the store's reader, woken by the same commit, to have read them: an event leaves
 *       a few milliseconds after its commit;</li>
 *   <li>and every {@code every} in any case, for events another instance wrote (a look at an idle stream costs next to
 *       nothing).</li>
 * </ul>
 * ({@code frontdoor.outbox.prompt-on-commit=false} leaves only the second.) The processor still batches: under load the
 * call-backs coalesce while it works.
 */
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    static final Duration FETCH_WAIT = Duration.ofMillis(20);

    private final EventStore store;
    private final Duration every;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("outbox-prompt"));
    private final Set<Prompted> open = ConcurrentHashMap.newKeySet();
    private final Registration commits;

    /** @param onCommit whether a commit here calls the streams back at once, or only the ticks do */
    public PromptEventSource(EventStore store, Duration every, boolean onCommit) {
        this.store = store;
        this.every = every;
        this.commits = onCommit ? store.subscribe(events -> afterCommit(this::eventsCommitted)) : () -> true;
    }

    /** Called while the publishing unit of work prepares its commit: the streams are called back once it has committed. */
    private static void afterCommit(Runnable action) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> action.run());
        } else {
            action.run();
        }
    }

    private void eventsCommitted() {
        open.forEach(Prompted::eventsCommitted);
    }

    @Override
    public void close() {
        commits.cancel();
        ticks.shutdownNow();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new Prompted(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private final class Prompted implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final AtomicBoolean committedSinceLastLook = new AtomicBoolean();
        private ScheduledFuture<?> prompting;
        private volatile Runnable callback;

        Prompted(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            if (prompting != null) {
                prompting.cancel(false);
            }
            long millis = every.toMillis();
            prompting = ticks.scheduleWithFixedDelay(callback, millis, millis, TimeUnit.MILLISECONDS);
            this.callback = callback;
            open.add(this);
            return true;
        }

        void eventsCommitted() {
            Runnable processor = callback;
            if (processor != null) {
                committedSinceLastLook.set(true);
                processor.run();
            }
        }

        @Override
        public synchronized void close() {
            open.remove(this);
            callback = null;
            if (prompting != null) {
                prompting.cancel(false);
            }
            stream.close();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        /** After a commit here, waits for the store's reader (which signals as it reads) rather than missing the events. */
        @Override
        public boolean hasNextAvailable() {
            if (committedSinceLastLook.getAndSet(false)) {
                try {
                    return stream.hasNextAvailable((int) FETCH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return stream.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }
    }
}
