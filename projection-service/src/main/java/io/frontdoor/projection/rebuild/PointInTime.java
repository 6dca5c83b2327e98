package io.frontdoor.projection.rebuild;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.projection.eventlog.EventLog;
import io.frontdoor.projection.eventlog.EventLog.ContactSelection;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.View;
import io.frontdoor.projection.view.Views;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "What did the front door know at 14:00 on Tuesday?" The events that had occurred by then are replayed, by the views'
 * own code, into temporary copies of their tables that shadow the live ones for one transaction; the view's usual
 * query then runs against them. The live tables are never touched.
 */
@Component
public class PointInTime {

    private static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final EventLog log;
    private final TransactionTemplate transaction;
    private final String schema;
    private final Clock clock;

    public PointInTime(JdbcTemplate jdbc, EventLog log, TransactionTemplate transaction,
                       @Value("${frontdoor.projection.schema:projection}") String schema, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.transaction = transaction;
        this.schema = schema;
        this.clock = clock;
    }

    /**
     * The rule every endpoint with an {@code asAt} parameter follows: without it, the live answer now; with it, the
     * answer as it stood at that instant (which may not be in the future: 400), from the selected contacts' events.
     */
    public <T> T liveOrAsAt(Instant asAt, Function<Instant, T> live, Function<Instant, ContactSelection> contacts,
                            List<View> views, Function<Instant, T> past) {
        Instant now = clock.instant();
        if (asAt == null) {
            return live.apply(now);
        }
        if (asAt.isAfter(now)) {
            throw InvalidSubmissionException.of("asAt", "must not be in the future");
        }
        return asAt(asAt, contacts.apply(asAt), views, () -> past.apply(asAt));
    }

    /** Runs {@code query} against {@code views} as they stood at {@code asAt}, built from the selected contacts' events. */
    public <T> T asAt(Instant asAt, ContactSelection contacts, List<View> views, Supplier<T> query) {
        return transaction.execute(status -> {
            // naming pg_temp first also makes PostgreSQL re-plan statements it had prepared against the live tables
            jdbc.execute("SET LOCAL search_path TO pg_temp, " + schema);
            views.stream().flatMap(view -> view.tables().stream()).forEach(table -> jdbc.execute(
                    "CREATE TEMP TABLE " + table + " (LIKE " + schema + "." + table + " INCLUDING ALL) ON COMMIT DROP"));
            long after = 0;
            List<LoggedEvent> chunk;
            do {
                chunk = log.readAsAt(asAt, contacts, after, CHUNK);
                Views.apply(views, chunk);
                after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).seq();
            } while (chunk.size() == CHUNK);
            return query.get();
        });
    }
}
