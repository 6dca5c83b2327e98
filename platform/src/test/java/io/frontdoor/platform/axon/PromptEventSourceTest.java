package io.frontdoor.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class PromptEventSourceTest {

    @Test
    void aStreamCallsItsReaderBackUntilItIsClosedAndReadsTheStoresEvents() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(GenericEventMessage.asEventMessage("first"));
        try (PromptEventSource source = new PromptEventSource(store, Duration.ofMillis(10), false)) {
            BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
            AtomicInteger calls = new AtomicInteger();

            assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).as("the processor may rely on the call back").isTrue();
            Thread.sleep(200);
            int whileOpen = calls.get();
            stream.close();
            Thread.sleep(100);
            int afterClosing = calls.get();
            Thread.sleep(100);

            assertThat(whileOpen).as("called back every 10 ms").isGreaterThan(5);
            assertThat(calls.get()).as("not after the stream was closed").isEqualTo(afterClosing);
            BlockingStream<TrackedEventMessage<?>> again = source.openStream(null);
            assertThat(again.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
            assertThat(again.nextAvailable().getPayload()).isEqualTo("first");
            assertThat(source.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(0));
            again.close();
        } finally {
            store.shutDown();
        }
    }

    @Test
    void aCommitHereCallsTheReaderBackAtOnceAndItsNextLookFindsTheEvents() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        try (PromptEventSource source = new PromptEventSource(store, Duration.ofMinutes(1), true)) {
            BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
            CountDownLatch calledBack = new CountDownLatch(1);
            stream.setOnAvailableCallback(calledBack::countDown);
            assertThat(stream.hasNextAvailable()).as("nothing yet").isFalse();

            DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(GenericEventMessage.asEventMessage("committed")));

            assertThat(calledBack.await(5, TimeUnit.SECONDS)).as("called back on the commit, not a minute later").isTrue();
            assertThat(stream.hasNextAvailable()).as("the look after the call-back waits for the store's reader").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("committed");
            stream.close();
        } finally {
            store.shutDown();
        }
    }
}
