package io.frontdoor.projection.rebuild;

import io.frontdoor.kernel.process.DaemonThreads;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.View;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Writes the chunks of a rebuild to every view at once: each view on a thread and connection of its own, in its own
 * transaction per chunk, and in log order. The views write disjoint tables and read only their own, so no view waits for
 * another; the rebuild takes as long as its slowest view rather than the sum of them. The reader stays at most
 * {@link #AHEAD} chunks ahead of the slowest view, so memory holds a bounded number of chunks.
 */
final class ViewWriters implements AutoCloseable {

    static final int AHEAD = 2;

    private record Chunk(CompletableFuture<Void> written, int size) {
    }

    private final List<View> views;
    private final BiConsumer<View, List<LoggedEvent>> write;
    private final ExecutorService threads;
    private final List<CompletableFuture<Void>> lastOfView = new ArrayList<>();
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private long written;

    /** @param write applies a chunk to one view, in a transaction of its own (called on the view's thread) */
    ViewWriters(List<View> views, BiConsumer<View, List<LoggedEvent>> write) {
        this.views = views;
        this.write = write;
        this.threads = Executors.newFixedThreadPool(Math.max(1, views.size()), DaemonThreads.named("rebuild-view"));
        views.forEach(view -> lastOfView.add(CompletableFuture.completedFuture(null)));
    }

    /**
     * Hands the chunk to every view, behind the chunks before it; returns once no more than {@link #AHEAD} chunks are
     * unwritten. @param progress told the number of events every view has written, as chunks complete.
     */
    void write(List<LoggedEvent> chunk, LongConsumer progress) {
        List<CompletableFuture<Void>> ofChunk = new ArrayList<>(views.size());
        for (int v = 0; v < views.size(); v++) {
            View view = views.get(v);
            CompletableFuture<Void> next = lastOfView.get(v).thenRunAsync(() -> write.accept(view, chunk), threads);
            lastOfView.set(v, next);
            ofChunk.add(next);
        }
        inFlight.addLast(new Chunk(CompletableFuture.allOf(ofChunk.toArray(CompletableFuture[]::new)), chunk.size()));
        while (inFlight.size() > AHEAD) {
            awaitOldest(progress);
        }
    }

    /** Waits until every chunk handed over is written. */
    void finish(LongConsumer progress) {
        while (!inFlight.isEmpty()) {
            awaitOldest(progress);
        }
    }

    private void awaitOldest(LongConsumer progress) {
        Chunk oldest = inFlight.removeFirst();
        try {
            oldest.written().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        written += oldest.size();
        progress.accept(written);
    }

    /** Stops the views' threads, and waits for a write under way (after a failure) before the caller drops its tables. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
