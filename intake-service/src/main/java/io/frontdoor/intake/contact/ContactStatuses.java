package io.frontdoor.intake.contact;

import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.DecisionReturnedV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import java.sql.Timestamp;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each contact stands in triage ({@code contact_status}), from triage's public events: RECEIVED until
 * TriageOpened, then IN_TRIAGE; AWAITING_AUTHORISATION while a decision waits for a manager (back to IN_TRIAGE if
 * returned); DECIDED; CLOSED, which nothing after it changes (a decision revised after a disagreement keeps it closed).
 * The caller records the triage event once (its inbox) in the same transaction.
 */
@Component
public class ContactStatuses {

    public enum Status { RECEIVED, IN_TRIAGE, AWAITING_AUTHORISATION, DECIDED, CLOSED }

    /** The triage events that move a status: those {@link #apply} acts on. */
    public static final Set<String> EVENT_TYPES = Set.of(TriageOpenedV1.TYPE, DecisionRecordedV1.TYPE, DecisionAuthorisedV1.TYPE,
            DecisionReturnedV1.TYPE, TriageClosedV1.TYPE);

    private final JdbcTemplate jdbc;

    public ContactStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(EventEnvelope event) {
        switch (event.eventType()) {
            case TriageOpenedV1.TYPE -> jdbc.update("""
                    INSERT INTO contact_status (contact_id, status, changed_at) VALUES (?, ?, ?)
                    ON CONFLICT (contact_id) DO NOTHING""", event.contactId(), Status.IN_TRIAGE.name(), at(event));
            case DecisionRecordedV1.TYPE -> set(event, event.payloadAs(DecisionRecordedV1.class).authorisationRequired()
                    ? Status.AWAITING_AUTHORISATION : Status.DECIDED);
            case DecisionAuthorisedV1.TYPE -> set(event, Status.DECIDED);
            case DecisionReturnedV1.TYPE -> set(event, Status.IN_TRIAGE);
            case TriageClosedV1.TYPE -> set(event, Status.CLOSED);
            default -> { }
        }
    }

    public Status of(String contactId) {
        return jdbc.queryForList("SELECT status FROM contact_status WHERE contact_id = ?", String.class, contactId).stream()
                .findFirst().map(Status::valueOf).orElse(Status.RECEIVED);
    }

    private void set(EventEnvelope event, Status status) {
        jdbc.update("""
                INSERT INTO contact_status (contact_id, status, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (contact_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                WHERE contact_status.status <> 'CLOSED'""", event.contactId(), status.name(), at(event));
    }

    private static Timestamp at(EventEnvelope event) {
        return Timestamp.from(event.occurredAt());
    }
}
