package io.frontdoor.projection.rebuild;

import io.frontdoor.kernel.process.DaemonThreads;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.projection.eventlog.EventLog;
import io.frontdoor.projection.view.View;
import io.frontdoor.projection.view.Views;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Starts rebuilds in the background and reports their progress. One runs at a time across all projection instances:
 * the database refuses a second running rebuild (a unique index on the running one), whichever instance is asked.
 */
@Component
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);

    private final Views views;
    private final Rebuilder rebuilder;
    private final RebuildRuns runs;
    private final EventLog log;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("view-rebuild"));

    public Rebuilds(Views views, Rebuilder rebuilder, RebuildRuns runs, EventLog log) {
        this.views = views;
        this.rebuilder = rebuilder;
        this.runs = runs;
        this.log = log;
    }

    /** Starts rebuilding the named views (all of them for none or "all"); the answer is the rebuild's first progress. */
    public RebuildProgress start(List<String> viewNames) {
        List<View> chosen = views.named(viewNames);
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("a rebuild is already running; ask again when it has finished");
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            abandonInterrupted();
            runs.started(id, chosen.stream().map(View::name).toList(), log.countAfter(0));
            worker.execute(() -> run(id, chosen));
        } catch (DuplicateKeyException anotherInstanceRuns) {
            running.set(false);
            throw new ConflictException("a rebuild is already running on another instance; ask again when it has finished");
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return progress(id).orElseThrow();
    }

    private void run(String id, List<View> chosen) {
        try {
            long done = rebuilder.rebuild(id, chosen, applied -> runs.progressed(id, applied));
            runs.finished(id, done);
            LOG.info("rebuild {} of {} done: {} events", id, chosen.stream().map(View::name).toList(), done);
        } catch (RuntimeException failed) {
            LOG.error("rebuild {} failed", id, failed);
            runs.failed(id, failed.getClass().getSimpleName() + ": " + failed.getMessage());
        } finally {
            running.set(false);
        }
    }

    /**
     * A rebuild that has not reported for 5 minutes died with its service (a restart, or another instance killed): say
     * so, and drop its shadow tables. At start-up and before each new rebuild.
     */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterrupted() {
        runs.abandonStale(Duration.ofMinutes(5)).forEach(id -> {
            rebuilder.discard(id);
            LOG.warn("rebuild {} was interrupted by a restart; start it again", id);
        });
    }

    public Optional<RebuildProgress> progress(String id) {
        return runs.find(id);
    }

    public List<RebuildProgress> recent() {
        return runs.recent();
    }
}
