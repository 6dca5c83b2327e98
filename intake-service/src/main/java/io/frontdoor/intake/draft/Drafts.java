package io.frontdoor.intake.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code referral_draft} table. An expired draft reads as gone at once, whether or not {@link DraftSweep} has
 * deleted it yet; a draft is written only by its owner (another subject's id is never overwritten).
 */
@Repository
class Drafts {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final DraftSettings settings;

    Drafts(JdbcTemplate jdbc, JsonMapper json, Clock clock, DraftSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /** The owner's draft, or empty when there is none, it expired, or it is someone else's ({@link #ownerOf}). */
    Optional<Draft> find(UUID id, String owner) {
        return jdbc.query("SELECT * FROM referral_draft WHERE id = ? AND owner = ? AND expires_at > ?", this::row, id, owner,
                now()).stream().findFirst();
    }

    /** Who owns a live draft of this id, if anyone. */
    Optional<String> ownerOf(UUID id) {
        return jdbc.queryForList("SELECT owner FROM referral_draft WHERE id = ? AND expires_at > ?", String.class, id, now())
                .stream().findFirst();
    }

    List<Draft> ownedBy(String owner) {
        return jdbc.query("SELECT * FROM referral_draft WHERE owner = ? AND expires_at > ? ORDER BY saved_at DESC", this::row,
                owner, now());
    }

    /** Creates or replaces the owner's draft; false when the id is another subject's (nothing written). */
    boolean save(UUID id, String owner, Map<String, Object> form) {
        Instant now = clock.instant();
        int written = jdbc.update("""
                INSERT INTO referral_draft (id, owner, form, created_at, saved_at, expires_at) VALUES (?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET form = EXCLUDED.form, saved_at = EXCLUDED.saved_at, expires_at = EXCLUDED.expires_at
                WHERE referral_draft.owner = EXCLUDED.owner""",
                id, owner, json.writeValueAsString(form), Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now.plus(settings.keepFor())));
        return written == 1;
    }

    boolean delete(UUID id, String owner) {
        return jdbc.update("DELETE FROM referral_draft WHERE id = ? AND owner = ?", id, owner) == 1;
    }

    int deleteExpired() {
        return jdbc.update("DELETE FROM referral_draft WHERE expires_at <= ?", now());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private Draft row(ResultSet rs, int i) throws SQLException {
        return new Draft(rs.getObject("id", UUID.class), json.readValue(rs.getString("form"), OBJECT),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("saved_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
