package io.frontdoor.projection.chronology;

import io.frontdoor.kernel.event.triage.ChildLinkReviewedV1;
import io.frontdoor.kernel.event.triage.ContactLinkedToChildV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentTable;
import io.frontdoor.projection.view.DocumentTable.Column;
import io.frontdoor.projection.view.DocumentView;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code chronology} view: the links from the children named in contacts to known children. */
@Component
public class ChildLinkView extends DocumentView<ChildLink> {

    static final DocumentTable<ChildLink> TABLE = new DocumentTable<>("child_link", ChildLink.class, ChildLink::linkId, List.of(
            new Column<>("contact_id", "text", ChildLink::contactId),
            new Column<>("child_id", "text", ChildLink::childId),
            new Column<>("linked", "boolean", ChildLink::linked)));

    public ChildLinkView(JdbcTemplate jdbc) {
        super(jdbc, TABLE);
    }

    @Override
    public String name() {
        return "chronology";
    }

    @Override
    protected String keyOf(LoggedEvent event) {
        if (event.payload() instanceof ContactLinkedToChildV1 link) {
            return ChildLink.key(link.contactId(), link.childIndex());
        }
        if (event.payload() instanceof ChildLinkReviewedV1 review) {
            return ChildLink.key(review.contactId(), review.childIndex());
        }
        return null;
    }

    @Override
    protected ChildLink create(String key) {
        return new ChildLink(key);
    }
}
