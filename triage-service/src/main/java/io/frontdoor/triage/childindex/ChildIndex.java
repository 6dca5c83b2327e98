package io.frontdoor.triage.childindex;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.Postcode;
import io.frontdoor.triage.triage.TriageCommands.ChildLink;
import java.sql.Date;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the children of a new contact to children the front door has seen: NHS number exactly; otherwise the
 * normalised name with date of birth and postcode. An unborn child without an NHS number is always new. A worker
 * confirms or undoes each link; this index is only the first guess.
 */
@Component
public class ChildIndex {

    public static final String BY_NHS_NUMBER = "NHS_NUMBER";
    public static final String BY_NAME_DOB_POSTCODE = "NAME_DOB_POSTCODE";
    public static final String NEW_CHILD = "NEW_CHILD";

    private final JdbcTemplate jdbc;

    public ChildIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the caller's transaction, with the triage it feeds. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ChildLink> link(String contactId, ContactSubmission contact, Instant receivedAt) {
        List<ChildLink> links = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            Child child = contact.children().get(i);
            Optional<Match> match = byNhsNumber(child).or(() -> byIdentity(child));
            String childId = match.map(Match::childId).orElseGet(() -> register(child));
            links.add(new ChildLink(i, childId, match.map(Match::how).orElse(NEW_CHILD),
                    previousContacts(childId, receivedAt), previouslyReferred(childId)));
            jdbc.update("""
                    INSERT INTO child_contact (child_id, contact_id, child_index_in_contact, received_at, domestic_abuse)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", childId, contactId, i, Timestamp.from(receivedAt),
                    contact.domesticAbuse() != null);
        }
        return links;
    }

    /** Earlier domestic-abuse notifications about any of this contact's children (the household, as far as it is known). */
    public int previousDomesticAbuseNotifications(String contactId) {
        return jdbc.queryForObject("""
                SELECT count(DISTINCT earlier.contact_id) FROM child_contact this
                JOIN child_contact earlier ON earlier.child_id = this.child_id AND earlier.contact_id <> this.contact_id
                WHERE this.contact_id = ? AND earlier.domestic_abuse AND earlier.received_at < this.received_at""",
                Integer.class, contactId);
    }

    /** A decision accepted for a social-care response: later contacts about these children say so. */
    public void recordSocialCareResponse(String contactId) {
        jdbc.update("UPDATE child_contact SET social_care_response = true WHERE contact_id = ?", contactId);
    }

    /** A worker undid a link: this contact no longer counts in that child's history. */
    public void unlink(String contactId, String childId) {
        jdbc.update("DELETE FROM child_contact WHERE contact_id = ? AND child_id = ?", contactId, childId);
    }

    private record Match(String childId, String how) {
    }

    private Optional<Match> byNhsNumber(Child child) {
        if (child.nhsNumber() == null || child.nhsNumber().isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT child_id FROM child_index WHERE nhs_number = ? LIMIT 1",
                (rs, n) -> new Match(rs.getString(1), BY_NHS_NUMBER), nhs(child)).stream().findFirst();
    }

    private Optional<Match> byIdentity(Child child) {
        if (child.dateOfBirth() == null || nameKey(child) == null || postcode(child) == null) {
            return Optional.empty();
        }
        return jdbc.query("""
                        SELECT child_id FROM child_index WHERE name_key = ? AND date_of_birth = ? AND postcode = ? LIMIT 1""",
                (rs, n) -> new Match(rs.getString(1), BY_NAME_DOB_POSTCODE),
                nameKey(child), Date.valueOf(child.dateOfBirth()), postcode(child)).stream().findFirst();
    }

    private String register(Child child) {
        String childId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO child_index (child_id, nhs_number, name_key, date_of_birth, postcode) VALUES (?, ?, ?, ?, ?)",
                childId, nhs(child), nameKey(child), child.dateOfBirth() == null ? null : Date.valueOf(child.dateOfBirth()),
                postcode(child));
        return childId;
    }

    private int previousContacts(String childId, Instant receivedAt) {
        Instant yearBefore = receivedAt.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        return jdbc.queryForObject("""
                        SELECT count(*) FROM child_contact WHERE child_id = ? AND received_at >= ? AND received_at < ?""",
                Integer.class, childId, Timestamp.from(yearBefore), Timestamp.from(receivedAt));
    }

    private boolean previouslyReferred(String childId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT bool_or(social_care_response) FROM child_contact WHERE child_id = ?", Boolean.class, childId));
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
