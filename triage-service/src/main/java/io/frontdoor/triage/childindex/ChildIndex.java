package io.frontdoor.triage.childindex;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.Postcode;
import io.frontdoor.triage.threshold.engine.ChildHistory;
import io.frontdoor.triage.triage.TriageCommands.ChildLink;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the children of a new contact to children the front door has seen: the child id Front Door itself gave (a
 * step-up), the NHS number, or the normalised name with date of birth and postcode. An unborn child without an NHS
 * number is always new. Whatever matched is checked against the rest of what the child was recorded as (every name and
 * date of birth of its definite links): if the name or the date of birth disagrees, or the NHS number does, the link is
 * only POSSIBLE, and the contact joins that child's history only when a worker confirms it. A worker confirms or undoes
 * any link; this index is only the first guess.
 */
@Component
public class ChildIndex {

    public static final String BY_CHILD_ID = "CHILD_ID";
    public static final String BY_NHS_NUMBER = "NHS_NUMBER";
    public static final String BY_NAME_DOB_POSTCODE = "NAME_DOB_POSTCODE";
    public static final String NEW_CHILD = ChildLink.NEW_CHILD;

    /** Links that make a contact part of a child's history (not POSSIBLE, not UNDONE). */
    private static final String DEFINITE = "link_status IN ('LINKED', 'CONFIRMED')";

    private final JdbcTemplate jdbc;

    public ChildIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the caller's transaction, with the triage it feeds. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ChildLink> link(String contactId, ContactSubmission contact, Instant receivedAt) {
        List<ChildLink> links = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            Identity identity = Identity.of(contact.children().get(i));
            Optional<Match> match = byChildId(contact.children().get(i).childId(), identity)
                    .or(() -> byNhsNumber(identity)).or(() -> byNameDobPostcode(identity));
            String childId = match.map(Match::childId).orElseGet(() -> register(UUID.randomUUID().toString(), identity));
            String status = match.filter(Match::possible).isPresent() ? ChildLink.POSSIBLE : ChildLink.LINKED;
            boolean history = ChildLink.LINKED.equals(status);
            links.add(new ChildLink(i, childId, match.map(Match::how).orElse(NEW_CHILD),
                    history ? previousContacts(childId, receivedAt) : 0, history && previouslyReferred(childId), status,
                    match.map(Match::reason).orElse(null)));
            jdbc.update("""
                            INSERT INTO child_contact (child_id, contact_id, child_index_in_contact, received_at, domestic_abuse,
                                                       link_status, nhs_number, name_key, date_of_birth, postcode)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    childId, contactId, i, Timestamp.from(receivedAt), contact.domesticAbuse() != null, status,
                    identity.nhsNumber(), identity.nameKey(), sqlDate(identity.dateOfBirth()), identity.postcode());
        }
        return links;
    }

    /** Which known child each child of a contact definitely is (by position in the contact); possible matches are left out. */
    public Map<Integer, String> definiteChildren(String contactId) {
        Map<Integer, String> children = new LinkedHashMap<>();
        jdbc.query("SELECT child_index_in_contact, child_id FROM child_contact WHERE contact_id = ? AND " + DEFINITE
                        + " ORDER BY child_index_in_contact",
                rs -> {
                    children.put(rs.getInt(1), rs.getString(2));
                }, contactId);
        return children;
    }

    /**
     * What was known of each child of this contact (by its position in the contact) before it was received: earlier
     * contacts and domestic-abuse notifications in the 12 months before, and an earlier social-care response. Only a
     * child definitely linked has a history; a possible match has none until a worker confirms it.
     */
    public Map<Integer, ChildHistory> historyOf(String contactId) {
        Map<Integer, ChildHistory> history = new LinkedHashMap<>();
        jdbc.query("""
                SELECT this.child_index_in_contact,
                       count(earlier.contact_id) FILTER (WHERE earlier.received_at >= this.received_at - interval '12 months'),
                       count(earlier.contact_id) FILTER (WHERE earlier.received_at >= this.received_at - interval '12 months'
                                                         AND earlier.domestic_abuse),
                       coalesce(bool_or(earlier.social_care_response), false)
                FROM child_contact this
                LEFT JOIN child_contact earlier ON earlier.child_id = this.child_id AND earlier.contact_id <> this.contact_id
                     AND earlier.received_at < this.received_at AND earlier.link_status IN ('LINKED', 'CONFIRMED')
                WHERE this.contact_id = ? AND this.link_status IN ('LINKED', 'CONFIRMED')
                GROUP BY this.child_index_in_contact""",
                rs -> {
                    history.put(rs.getInt(1), new ChildHistory(rs.getInt(2), rs.getInt(3), rs.getBoolean(4)));
                }, contactId);
        return history;
    }

    /** Earlier domestic-abuse notifications about any of this contact's children (the household, as far as it is known). */
    public int previousDomesticAbuseNotifications(String contactId) {
        return jdbc.queryForObject("""
                SELECT count(DISTINCT earlier.contact_id) FROM child_contact this
                JOIN child_contact earlier ON earlier.child_id = this.child_id AND earlier.contact_id <> this.contact_id
                WHERE this.contact_id = ? AND earlier.domestic_abuse AND earlier.received_at < this.received_at
                  AND this.link_status IN ('LINKED', 'CONFIRMED') AND earlier.link_status IN ('LINKED', 'CONFIRMED')""",
                Integer.class, contactId);
    }

    /** A decision accepted for a social-care response: later contacts about these children say so. */
    public void recordSocialCareResponse(String contactId) {
        jdbc.update("UPDATE child_contact SET social_care_response = true WHERE contact_id = ?", contactId);
    }

    /** A worker confirmed a link: the contact is part of that child's history, and what it recorded the child as counts. */
    public void confirm(String contactId, String childId) {
        jdbc.update("UPDATE child_contact SET link_status = 'CONFIRMED' WHERE contact_id = ? AND child_id = ?", contactId, childId);
    }

    /** A worker undid a link: this contact no longer counts in that child's history (the row is kept as the record). */
    public void unlink(String contactId, String childId) {
        jdbc.update("UPDATE child_contact SET link_status = 'UNDONE' WHERE contact_id = ? AND child_id = ?", contactId, childId);
    }

    /**
     * A link recorded after the contact was opened (a worker undid the first one): the child becomes a new child, with
     * the identity the contact recorded. Links made at opening are already here, so this adds nothing for them.
     */
    public void relink(String contactId, int childIndex, String childId) {
        Map<String, Object> undone = jdbc.queryForList("""
                SELECT * FROM child_contact WHERE contact_id = ? AND child_index_in_contact = ? AND link_status = 'UNDONE'
                AND NOT EXISTS (SELECT 1 FROM child_contact c WHERE c.contact_id = ? AND c.child_id = ?)
                ORDER BY received_at LIMIT 1""", contactId, childIndex, contactId, childId).stream().findFirst().orElse(null);
        if (undone == null) {
            return;
        }
        Identity identity = new Identity((String) undone.get("nhs_number"), (String) undone.get("name_key"),
                undone.get("date_of_birth") == null ? null : ((Date) undone.get("date_of_birth")).toLocalDate(),
                (String) undone.get("postcode"));
        register(childId, identity);
        jdbc.update("""
                        INSERT INTO child_contact (child_id, contact_id, child_index_in_contact, received_at, domestic_abuse,
                                                   social_care_response, link_status, nhs_number, name_key, date_of_birth, postcode)
                        VALUES (?, ?, ?, ?, ?, ?, 'LINKED', ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                childId, contactId, childIndex, undone.get("received_at"), undone.get("domestic_abuse"),
                undone.get("social_care_response"), identity.nhsNumber(), identity.nameKey(), sqlDate(identity.dateOfBirth()),
                identity.postcode());
    }

    /** What a contact recorded a child as, normalised for comparison. */
    record Identity(String nhsNumber, String nameKey, LocalDate dateOfBirth, String postcode) {

        static Identity of(Child child) {
            return new Identity(nhs(child), ChildIndex.nameKey(child), child.dateOfBirth(), ChildIndex.postcode(child));
        }
    }

    /** @param reason why the match is only possible; null when it is not */
    private record Match(String childId, String how, String reason) {

        boolean possible() {
            return reason != null;
        }
    }

    private Optional<Match> byChildId(String childId, Identity identity) {
        if (childId == null || childId.isBlank()) {
            return Optional.empty();
        }
        return candidates("SELECT child_id FROM child_index WHERE child_id = ?", childId).stream().findFirst()
                .map(id -> judge(id, BY_CHILD_ID, identity));
    }

    private Optional<Match> byNhsNumber(Identity identity) {
        if (identity.nhsNumber() == null) {
            return Optional.empty();
        }
        return best(candidates("""
                SELECT child_id FROM child_index WHERE nhs_number = ?
                UNION SELECT child_id FROM child_contact WHERE nhs_number = ? AND %s""".formatted(DEFINITE),
                identity.nhsNumber(), identity.nhsNumber()), BY_NHS_NUMBER, identity);
    }

    private Optional<Match> byNameDobPostcode(Identity identity) {
        if (identity.dateOfBirth() == null || identity.nameKey() == null || identity.postcode() == null) {
            return Optional.empty();
        }
        Date born = Date.valueOf(identity.dateOfBirth());
        return best(candidates("""
                        SELECT child_id FROM child_index WHERE name_key = ? AND date_of_birth = ? AND postcode = ?
                        UNION SELECT child_id FROM child_contact WHERE name_key = ? AND date_of_birth = ? AND postcode = ? AND %s"""
                        .formatted(DEFINITE),
                identity.nameKey(), born, identity.postcode(), identity.nameKey(), born, identity.postcode()),
                BY_NAME_DOB_POSTCODE, identity);
    }

    /** The first candidate nothing contradicts; otherwise the first, as a possible match. */
    private Optional<Match> best(List<String> candidates, String how, Identity identity) {
        List<Match> judged = candidates.stream().map(id -> judge(id, how, identity)).toList();
        return judged.stream().filter(match -> !match.possible()).findFirst().or(() -> judged.stream().findFirst());
    }

    /** Compares the contact's child with everything the candidate was definitely recorded as. */
    private Match judge(String childId, String how, Identity identity) {
        List<Identity> known = jdbc.query("""
                        SELECT nhs_number, name_key, date_of_birth, postcode FROM child_index WHERE child_id = ?
                        UNION SELECT nhs_number, name_key, date_of_birth, postcode FROM child_contact WHERE child_id = ? AND %s"""
                        .formatted(DEFINITE),
                (rs, n) -> new Identity(rs.getString(1), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4)), childId, childId);
        List<String> differs = new ArrayList<>();
        if (contradicts(identity.nhsNumber(), known.stream().map(Identity::nhsNumber).toList())) {
            differs.add("NHS number");
        }
        if (contradicts(identity.nameKey(), known.stream().map(Identity::nameKey).toList())) {
            differs.add("name");
        }
        if (contradicts(identity.dateOfBirth(), known.stream().map(Identity::dateOfBirth).toList())) {
            differs.add("date of birth");
        }
        String reason = differs.isEmpty() ? null : "matched by " + describe(how) + ", but the " + String.join(" and the ", differs)
                + (differs.size() == 1 ? " differs" : " differ") + " from the child's records";
        return new Match(childId, how, reason);
    }

    /** A value the contact gives that the child was never recorded with, where the child was recorded with some. */
    private static <T> boolean contradicts(T given, List<T> known) {
        List<T> recorded = known.stream().filter(Objects::nonNull).toList();
        return given != null && !recorded.isEmpty() && !recorded.contains(given);
    }

    private static String describe(String how) {
        return switch (how) {
            case BY_CHILD_ID -> "the child id Front Door gave";
            case BY_NHS_NUMBER -> "NHS number";
            default -> "name, date of birth and postcode";
        };
    }

    private List<String> candidates(String sql, Object... args) {
        return jdbc.query(sql + " ORDER BY 1", (rs, n) -> rs.getString(1), args);
    }

    private String register(String childId, Identity identity) {
        jdbc.update("""
                        INSERT INTO child_index (child_id, nhs_number, name_key, date_of_birth, postcode) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                childId, identity.nhsNumber(), identity.nameKey(), sqlDate(identity.dateOfBirth()), identity.postcode());
        return childId;
    }

    private int previousContacts(String childId, Instant receivedAt) {
        Instant yearBefore = receivedAt.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        return jdbc.queryForObject("""
                        SELECT count(*) FROM child_contact WHERE child_id = ? AND received_at >= ? AND received_at < ? AND %s"""
                        .formatted(DEFINITE),
                Integer.class, childId, Timestamp.from(yearBefore), Timestamp.from(receivedAt));
    }

    private boolean previouslyReferred(String childId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT bool_or(social_care_response) FROM child_contact WHERE child_id = ? AND " + DEFINITE, Boolean.class, childId));
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String nhs(Child child) {
        return child.nhsNumber() == null || child.nhsNumber().isBlank() ? null : child.nhsNumber().replace(" ", "");
    }

    /** Case, accents, spaces and punctuation do not distinguish two children: "Zoë O'Neil" = "zoe oneil". */
    static String nameKey(Child child) {
        if (child.givenName() == null || child.familyName() == null) {
            return null;
        }
        String name = Normalizer.normalize(child.givenName() + "|" + child.familyName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z|]", "");
        return name.length() > 1 ? name : null;
    }

    private static String postcode(Child child) {
        String raw = child.address() == null ? null : child.address().postcode();
        return raw != null && Postcode.isValid(raw) ? Postcode.normalise(raw) : null;
    }
}
