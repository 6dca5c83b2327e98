package io.frontdoor.projection.rebuild;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies of a view's live tables in a schema of their own, filled by a rebuild and then put in place of the live ones.
 * They start with only the keys the views' upserts need; the other indexes, under the live indexes' own names, are
 * built once the bulk of the log is in (cheaper than keeping them up to date row by row).
 */
final class ShadowTables {

    private final JdbcTemplate jdbc;
    private final String live;
    private final String shadow;
    private final List<String> tables;

    ShadowTables(JdbcTemplate jdbc, String live, String shadow, List<String> tables) {
        this.jdbc = jdbc;
        this.live = live;
        this.shadow = shadow;
        this.tables = tables;
    }

    void create() {
        jdbc.execute("CREATE SCHEMA " + shadow);
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + shadow + "." + table + " (LIKE " + live + "." + table + " INCLUDING ALL EXCLUDING INDEXES)");
            jdbc.query("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ?::regclass AND contype IN ('p', 'u')",
                    rs -> {
                        jdbc.execute("ALTER TABLE " + shadow + "." + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                    }, live + "." + table);
        }
    }

    void index() {
        for (String table : tables) {
            jdbc.query("""
                    SELECT indexdef FROM pg_indexes i WHERE schemaname = ? AND tablename = ?
                    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid = ?::regclass)""",
                    rs -> {
                        jdbc.execute(rs.getString(1).replace(" ON " + live + "." + table + " ", " ON " + shadow + "." + table + " "));
                    }, live, table, live + "." + table);
        }
    }

    /** Inside the caller's transaction: readers see the old tables or the new, never a mix. */
    void switchOver() {
        for (String table : tables) {
            jdbc.execute("DROP TABLE " + live + "." + table);
            jdbc.execute("ALTER TABLE " + shadow + "." + table + " SET SCHEMA " + live);
        }
        jdbc.execute("DROP SCHEMA " + shadow);
    }

    void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + shadow + " CASCADE");
    }
}
