package io.frontdoor.projection.escalation;

import io.frontdoor.kernel.event.triage.EscalationRaisedV1;
import io.frontdoor.kernel.event.triage.EscalationStageRecordedV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentTable;
import io.frontdoor.projection.view.DocumentTable.Column;
import io.frontdoor.projection.view.DocumentView;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code escalations} view: one document per disagreement. */
@Component
public class EscalationView extends DocumentView<Escalation> {

    public static final DocumentTable<Escalation> TABLE = new DocumentTable<>("escalation", Escalation.class,
            Escalation::escalationId, List.of(
                    new Column<>("contact_id", "text", Escalation::contactId),
                    new Column<>("raised_at", "timestamptz", Escalation::raisedAt),
                    new Column<>("open", "boolean", Escalation::open),
                    new Column<>("current_stage", "int", Escalation::currentStage)));

    public EscalationView(JdbcTemplate jdbc) {
        super(jdbc, TABLE);
    }

    @Override
    public String name() {
        return "escalations";
    }

    @Override
    protected String keyOf(LoggedEvent event) {
        if (event.payload() instanceof EscalationRaisedV1 raised) {
            return raised.escalationId();
        }
        return event.payload() instanceof EscalationStageRecordedV1 stage ? stage.escalationId() : null;
    }

    @Override
    protected Escalation create(String key) {
        return new Escalation(key);
    }
}
