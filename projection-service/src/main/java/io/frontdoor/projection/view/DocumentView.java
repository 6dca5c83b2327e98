package io.frontdoor.projection.view;

import io.frontdoor.projection.eventlog.LoggedEvent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A view whose rows are documents folded from events: a batch loads every document it touches in one read, folds
 * its events over them in log order, and writes them back in one statement.
 */
public abstract class DocumentView<S extends DocumentView.Document> implements View {

    /** A row's state, changed by each event that concerns it. */
    public interface Document {
        void apply(LoggedEvent event);
    }

    private final JdbcTemplate jdbc;
    private final DocumentTable<S> table;

    protected DocumentView(JdbcTemplate jdbc, DocumentTable<S> table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** The key of the document the event changes, or null when it does not concern this view. */
    protected abstract String keyOf(LoggedEvent event);

    protected abstract S create(String key);

    @Override
    public List<String> tables() {
        return List.of(table.name());
    }

    @Override
    public void apply(List<LoggedEvent> events) {
        Set<String> keys = new LinkedHashSet<>();
        events.forEach(event -> {
            String key = keyOf(event);
            if (key != null) {
                keys.add(key);
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        Map<String, S> documents = new LinkedHashMap<>(table.load(jdbc, keys));
        for (LoggedEvent event : events) {
            String key = keyOf(event);
            if (key != null) {
                documents.computeIfAbsent(key, this::create).apply(event);
            }
        }
        table.upsert(jdbc, documents.values());
    }
}
