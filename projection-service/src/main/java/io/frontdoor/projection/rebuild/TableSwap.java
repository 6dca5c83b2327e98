package io.frontdoor.projection.rebuild;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts rebuilt tables in place of live ones inside the caller's transaction, so readers see the old tables or the new,
 * never a mix. Index names are carried over, so later migrations can still name them.
 */
final class TableSwap {

    private TableSwap() {
    }

    static void switchOver(JdbcTemplate jdbc, String liveSchema, String shadowSchema, List<String> tables) {
        for (String table : tables) {
            Map<String, String> liveNames = indexesBySignature(jdbc, liveSchema, table);
            Map<String, String> rebuiltNames = indexesBySignature(jdbc, shadowSchema, table);
            jdbc.execute("DROP TABLE " + liveSchema + "." + table);
            jdbc.execute("ALTER TABLE " + shadowSchema + "." + table + " SET SCHEMA " + liveSchema);
            rebuiltNames.forEach((signature, rebuiltName) -> {
                String liveName = liveNames.get(signature);
                if (liveName != null && !liveName.equals(rebuiltName)) {
                    jdbc.execute("ALTER INDEX " + liveSchema + "." + rebuiltName + " RENAME TO " + liveName);
                }
            });
        }
    }

    /** An index by what it indexes (uniqueness, method, columns, predicate), not by its name or schema. */
    private static Map<String, String> indexesBySignature(JdbcTemplate jdbc, String schema, String table) {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? AND tablename = ?", rs -> {
            String definition = rs.getString(2);
            names.put(definition.contains(" UNIQUE INDEX ") + definition.substring(definition.indexOf(" USING ")), rs.getString(1));
        }, schema, table);
        return names;
    }
}
