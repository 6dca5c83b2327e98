package io.frontdoor.projection.view;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.eventlog.EventLog;
import java.sql.Connection;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A view table of one JSON document ({@code state}) per key ({@code id}), with the columns its queries filter and sort
 * on. Loading and writing take one statement each, however many documents a batch touches.
 */
public final class DocumentTable<S> {

    /** A column kept beside the document, computed from it; {@code sqlType} is what its text is cast to. */
    public record Column<S>(String name, String sqlType, Function<S, Object> value) {
    }

    private final String name;
    private final Class<S> type;
    private final Function<S, String> key;
    private final List<Column<S>> columns;
    private final String upsert;

    public DocumentTable(String name, Class<S> type, Function<S, String> key, List<Column<S>> columns) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.columns = columns;
        this.upsert = upsertStatement(name, columns);
    }

    public String name() {
        return name;
    }

    public Map<String, S> load(JdbcTemplate jdbc, Collection<String> keys) {
        Map<String, S> documents = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return documents;
        }
        // Two instances may hold one contact's events at once (for a moment, while a consumer group rebalances): each
        // locks the documents it is about to change, always in the same order, so neither overwrites the other's update.
        jdbc.query(con -> {
            var lock = con.prepareStatement("SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(? || ':' || k, 0) AS h "
                    + "FROM unnest(?::text[]) AS k ORDER BY h) AS ordered");
            lock.setString(1, name);
            lock.setArray(2, EventLog.textArray(con, keys.toArray(String[]::new)));
            return lock;
        }, rs -> {
        });
        jdbc.query(con -> {
            var select = con.prepareStatement("SELECT id, state::text FROM " + name + " WHERE id = ANY (?)");
            select.setArray(1, EventLog.textArray(con, keys.toArray(String[]::new)));
            return select;
        }, rs -> {
            documents.put(rs.getString(1), read(rs.getString(2)));
        });
        return documents;
    }

    public void upsert(JdbcTemplate jdbc, Collection<S> documents) {
        if (documents.isEmpty()) {
            return;
        }
        jdbc.execute((Connection con) -> {
            try (var statement = con.prepareStatement(upsert)) {
                statement.setArray(1, EventLog.textArray(con, documents.stream().map(key).toArray(String[]::new)));
                statement.setArray(2, EventLog.textArray(con,
                        documents.stream().map(EventEnvelopes.JSON::writeValueAsString).toArray(String[]::new)));
                for (int c = 0; c < columns.size(); c++) {
                    Function<S, Object> value = columns.get(c).value();
                    statement.setArray(c + 3, EventLog.textArray(con,
                            documents.stream().map(d -> text(value.apply(d))).toArray(String[]::new)));
                }
                return statement.executeUpdate();
            }
        });
    }

    public S read(String json) {
        return EventEnvelopes.JSON.readValue(json, type);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static <S> String upsertStatement(String table, List<Column<S>> columns) {
        String names = columns.stream().map(Column::name).map(n -> ", " + n).collect(Collectors.joining());
        String casts = columns.stream().map(c -> ", u." + c.name() + "::" + c.sqlType()).collect(Collectors.joining());
        String updates = columns.stream().map(c -> ", " + c.name() + " = EXCLUDED." + c.name()).collect(Collectors.joining());
        return "INSERT INTO " + table + " (id, state" + names + ") SELECT u.id, u.state::jsonb" + casts
                + " FROM unnest(" + "?::text[], ".repeat(columns.size() + 1) + "?::text[]) AS u(id, state" + names + ")"
                + " ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state" + updates;
    }
}
