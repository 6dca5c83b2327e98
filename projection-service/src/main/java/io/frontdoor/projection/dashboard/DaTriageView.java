package io.frontdoor.projection.dashboard;

import io.frontdoor.kernel.event.triage.DaTriageItemDecidedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemScheduledV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentTable;
import io.frontdoor.projection.view.DocumentTable.Column;
import io.frontdoor.projection.view.DocumentView;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code da-triage} view: one document per contact that went to the weekly domestic-abuse triage meeting. */
@Component
public class DaTriageView extends DocumentView<DaTriageItem> {

    static final DocumentTable<DaTriageItem> TABLE = new DocumentTable<>("da_triage_item", DaTriageItem.class,
            DaTriageItem::contactId, List.of(
                    new Column<>("first_meeting_at", "timestamptz", DaTriageItem::firstMeetingAt),
                    new Column<>("last_meeting_at", "timestamptz", DaTriageItem::lastMeetingAt),
                    new Column<>("decided", "boolean", DaTriageItem::decided)));

    public DaTriageView(JdbcTemplate jdbc) {
        super(jdbc, TABLE);
    }

    @Override
    public String name() {
        return "da-triage";
    }

    @Override
    protected String keyOf(LoggedEvent event) {
        boolean daTriage = event.payload() instanceof DaTriageItemScheduledV1 || event.payload() instanceof DaTriageItemDecidedV1;
        return daTriage ? event.contactId() : null;
    }

    @Override
    protected DaTriageItem create(String key) {
        return new DaTriageItem(key);
    }
}
