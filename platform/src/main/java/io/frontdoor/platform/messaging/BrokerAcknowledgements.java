package io.frontdoor.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Batch acknowledgements for an outbox publisher: a handler sends each record without waiting, and the batch's unit of
 * work waits once for all of them in its prepare-commit phase, before its transaction (which stores the processor's
 * token) commits. A send that fails or times out fails the whole batch, which rolls back and is processed again.
 */
public final class BrokerAcknowledgements {

    static final long TIMEOUT_SECONDS = 30;
    private static final String PENDING = BrokerAcknowledgements.class.getName() + ".pending";

    private BrokerAcknowledgements() {
    }

    /** Outside a unit of work there is no batch to wait with: the send is awaited at once. */
    public static void awaitBeforeCommit(CompletableFuture<?> sent) throws InterruptedException, ExecutionException, TimeoutException {
        if (!CurrentUnitOfWork.isStarted()) {
            sent.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<CompletableFuture<?>> pending = batch.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> futures = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAll(futures));
            return futures;
        });
        pending.add(sent);
    }

    private static void awaitAll(List<CompletableFuture<?>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker's acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge all of " + pending.size() + " records", e);
        }
    }
}
