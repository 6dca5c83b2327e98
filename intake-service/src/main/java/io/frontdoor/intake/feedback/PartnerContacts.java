package io.frontdoor.intake.feedback;

import io.frontdoor.intake.contact.ContactReceived;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.platform.axon.BatchedUpdates;
import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The contacts from partner agencies ({@code partner_contact}). A row is written by a subscribing processor, in the
 * same transaction as the ContactReceived event (a poll's rows in one batch, {@link BatchedUpdates}): a triage event
 * about a partner's contact always finds it.
 * It also holds a decision that waits for a manager's authorisation before the partner is told.
 */
@Component
@ProcessingGroup(PartnerContacts.PROCESSING_GROUP)
public class PartnerContacts {

    public static final String PROCESSING_GROUP = "partner-contacts";

    private final JdbcTemplate jdbc;

    public PartnerContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContactReceived event) {
        if (!event.fromPartner()) {
            return;
        }
        var referrer = event.submission().referrer();
        BatchedUpdates.update(jdbc, """
                INSERT INTO partner_contact (contact_id, sender, external_reference, referrer_agency, referrer_agency_name, received_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO NOTHING""",
                event.contactId(), event.sender(), event.submission().externalReference(), referrer.agencyType().name(),
                referrer.agencyName(), Timestamp.from(event.receivedAt()));
    }

    public Optional<PartnerContact> find(String contactId) {
        return jdbc.query("""
                SELECT contact_id, sender, external_reference, referrer_agency, referrer_agency_name, received_at
                FROM partner_contact WHERE contact_id = ?""",
                (rs, i) -> new PartnerContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()), contactId).stream().findFirst();
    }

    void holdForAuthorisation(String contactId, HeldDecision decision) {
        jdbc.update("UPDATE partner_contact SET pending_decision = ?::jsonb WHERE contact_id = ?",
                EventEnvelopes.JSON.writeValueAsString(decision), contactId);
    }

    /** The decision waiting for authorisation, if it is the one named; it no longer waits afterwards. */
    Optional<HeldDecision> releaseHeld(String contactId, String decisionId) {
        Optional<HeldDecision> held = jdbc.queryForList("SELECT pending_decision::text FROM partner_contact WHERE contact_id = ?",
                        String.class, contactId).stream().filter(json -> json != null)
                .map(json -> EventEnvelopes.JSON.readValue(json, HeldDecision.class))
                .filter(decision -> decision.decisionId().equals(decisionId)).findFirst();
        held.ifPresent(decision -> discardHeld(contactId));
        return held;
    }

    void discardHeld(String contactId) {
        jdbc.update("UPDATE partner_contact SET pending_decision = NULL WHERE contact_id = ?", contactId);
    }
}
