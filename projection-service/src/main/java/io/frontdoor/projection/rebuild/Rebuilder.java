package io.frontdoor.projection.rebuild;

import io.frontdoor.kernel.process.DaemonThreads;
import io.frontdoor.projection.eventlog.EventLog;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.View;
import io.frontdoor.projection.view.Views;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds views from the start of the event log into a shadow schema while the live tables keep serving, then
 * switches over in one transaction. During the switch the log is locked against appends, so the last events are
 * applied to the new tables and no event is applied to the old ones only. The views' own code does the work, so two
 * rebuilds, and a rebuild and the live view, agree; up to the switch each view is written on a thread of its own
 * ({@link ViewWriters}).
 */
@Component
public class Rebuilder {

    static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final EventLog log;
    private final TransactionTemplate transaction;
    private final String liveSchema;
    private final Executor reader = Executors.newSingleThreadExecutor(DaemonThreads.named("rebuild-reader"));

    public Rebuilder(JdbcTemplate jdbc, EventLog log, TransactionTemplate transaction,
                     @Value("${frontdoor.projection.schema:projection}") String liveSchema) {
        this.jdbc = jdbc;
        this.log = log;
        this.transaction = transaction;
        this.liveSchema = liveSchema;
    }

    /** @param progress told the number of events applied after each chunk. @return the number of events applied. */
    public long rebuild(String id, List<View> views, LongConsumer progress) {
        String shadow = shadowSchema(id);
        ShadowTables tables = new ShadowTables(jdbc, liveSchema, shadow, views.stream().flatMap(view -> view.tables().stream()).toList());
        try {
            transaction.executeWithoutResult(tx -> tables.create());
            long after = 0;
            long done = 0;
            try (ViewWriters writers = new ViewWriters(views, (view, events) -> apply(shadow, List.of(view), events))) {
                List<LoggedEvent> chunk = log.readAfter(after, CHUNK);
                while (chunk.size() == CHUNK) {
                    after = chunk.get(chunk.size() - 1).seq();
                    long next = after;
                    // reading and decoding the next chunk overlaps with the views writing this one
                    CompletableFuture<List<LoggedEvent>> reading = CompletableFuture.supplyAsync(() -> log.readAfter(next, CHUNK), reader);
                    writers.write(chunk, progress);
                    done += chunk.size();
                    chunk = reading.join();
                }
                writers.finish(progress);
            }
            transaction.executeWithoutResult(tx -> tables.index());
            long caughtUp = after;
            long total = done + transaction.execute(tx -> {
                jdbc.execute("LOCK TABLE " + liveSchema + ".event_log IN EXCLUSIVE MODE");
                long tail = applyFrom(caughtUp, shadow, views);
                jdbc.execute("SET LOCAL search_path TO " + liveSchema);
                tables.switchOver();
                return tail;
            });
            progress.accept(total);
            return total;
        } catch (RuntimeException failed) {
            tables.drop();
            throw failed;
        }
    }

    /** Drops what an interrupted rebuild left behind. */
    void discard(String id) {
        new ShadowTables(jdbc, liveSchema, shadowSchema(id), List.of()).drop();
    }

    private static String shadowSchema(String id) {
        return "rebuild_" + id;
    }

    private void apply(String shadow, List<View> views, List<LoggedEvent> chunk) {
        transaction.executeWithoutResult(tx -> {
            jdbc.execute("SET LOCAL search_path TO " + shadow);
            Views.apply(views, chunk);
        });
    }

    /** Inside the switch-over transaction: every event after {@code after}, into the shadow tables. */
    private long applyFrom(long after, String shadow, List<View> views) {
        long applied = 0;
        List<LoggedEvent> chunk;
        do {
            jdbc.execute("SET LOCAL search_path TO " + liveSchema);
            chunk = log.readAfter(after, CHUNK);
            jdbc.execute("SET LOCAL search_path TO " + shadow);
            Views.apply(views, chunk);
            applied += chunk.size();
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).seq();
        } while (chunk.size() == CHUNK);
        return applied;
    }
}
