package io.frontdoor.projection.contact;

import io.frontdoor.kernel.contact.AgencyNames;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentTable;
import io.frontdoor.projection.view.DocumentTable.Column;
import io.frontdoor.projection.view.DocumentView;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code contacts} view: one {@link ContactCase} per contact, read by the queue, dashboard, partner view and timeline. */
@Component
public class ContactCaseView extends DocumentView<ContactCase> {

    public static final DocumentTable<ContactCase> TABLE = new DocumentTable<>("contact_case", ContactCase.class,
            ContactCase::contactId, List.of(
                    new Column<>("pack_id", "text", ContactCase::packId),
                    new Column<>("status", "text", ContactCase::status),
                    new Column<>("rag", "text", ContactCase::rag),
                    new Column<>("rag_rank", "int", ContactCase::ragRank),
                    new Column<>("received_at", "timestamptz", ContactCase::receivedAt),
                    new Column<>("due_at", "timestamptz", c -> c.awaitingDecision() ? c.decisionDueAt() : null),
                    new Column<>("decided_at", "timestamptz", ContactCase::decidedAt),
                    new Column<>("allocated_to", "text", ContactCase::allocatedTo),
                    new Column<>("referrer_agency_name", "text", ContactCase::referrerAgencyName),
                    new Column<>("referrer_agency_key", "text", c -> AgencyNames.normalise(c.referrerAgencyName()))));

    public ContactCaseView(JdbcTemplate jdbc) {
        super(jdbc, TABLE);
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    protected String keyOf(LoggedEvent event) {
        return ContactCase.EVENTS.contains(event.type()) ? event.contactId() : null;
    }

    @Override
    protected ContactCase create(String key) {
        return new ContactCase(key);
    }
}
