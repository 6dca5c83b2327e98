package io.frontdoor.projection.rebuild;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fingerprint of each view table's whole content (row count and a hash of every row), to compare two builds of a view. */
final class ViewTables {

    static final String[] ALL = {"contact_case", "timeline_entry", "child_link", "escalation", "da_triage_item"};

    private ViewTables() {
    }

    static Map<String, String> fingerprints(JdbcTemplate jdbc) {
        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : ALL) {
            fingerprints.put(table, jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM "
                    + table + " t", String.class));
        }
        return fingerprints;
    }

    static Map<String, Long> relationIds(JdbcTemplate jdbc) {
        Map<String, Long> ids = new TreeMap<>();
        for (String table : ALL) {
            ids.put(table, jdbc.queryForObject("SELECT '" + table + "'::regclass::oid::bigint", Long.class));
        }
        return ids;
    }

    static Map<String, String> indexNames(JdbcTemplate jdbc) {
        Map<String, String> names = new TreeMap<>();
        jdbc.query("SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 'projection'",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }
}
