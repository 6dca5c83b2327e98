package io.frontdoor.projection.escalation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.frontdoor.kernel.event.triage.EscalationRaisedV1;
import io.frontdoor.kernel.event.triage.EscalationStageRecordedV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A professional disagreement with a front-door decision, and each stage of the ladder it climbed. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class Escalation implements DocumentView.Document {

    static final String ESCALATED = "ESCALATED";

    /** One rung: when it began, its limit, when and how it ended; {@code overdue} when it passed its limit. */
    public record Stage(int stage, String role, Instant startedAt, Instant dueAt, Instant endedAt, String outcome,
                        String recordedBy, String note, boolean overdue) {

        Stage ended(EscalationStageRecordedV1 recorded, Instant at) {
            return new Stage(stage, role, startedAt, dueAt, at, recorded.outcome(), recorded.recordedBy(), recorded.note(),
                    recorded.overdue());
        }

        Stage markedOverdue() {
            return new Stage(stage, role, startedAt, dueAt, endedAt, outcome, recordedBy, note, true);
        }
    }

    private String escalationId;
    private String contactId;
    private String raisedBy;
    private String raisedByAgency;
    private String reason;
    private String concernLevel;
    private Instant raisedAt;
    private List<Stage> stages = new ArrayList<>();
    private String outcome;
    private Instant resolvedAt;

    private Escalation() {
    }

    Escalation(String escalationId) {
        this.escalationId = escalationId;
    }

    @Override
    public void apply(LoggedEvent event) {
        if (event.payload() instanceof EscalationRaisedV1 raised) {
            contactId = raised.contactId();
            raisedBy = raised.raisedBy();
            raisedByAgency = raised.raisedByAgency();
            reason = raised.reason();
            concernLevel = raised.concernLevel();
            raisedAt = event.occurredAt();
            stages.add(new Stage(raised.stage(), raised.stageRole(), event.occurredAt(), raised.stageDueAt(), null, null, null, null, false));
        } else if (event.payload() instanceof EscalationStageRecordedV1 recorded) {
            contactId = recorded.contactId();
            stageRecorded(recorded, event.occurredAt());
        }
    }

    private void stageRecorded(EscalationStageRecordedV1 recorded, Instant at) {
        int last = stages.size() - 1;
        Stage current = last < 0 ? null : stages.get(last);
        boolean climbs = ESCALATED.equals(recorded.outcome());
        if (climbs && recorded.nextStage() == null) {
            // the top of the ladder passed its limit: it stays there, overdue, until resolved
            if (current != null) {
                stages.set(last, current.markedOverdue());
            }
            return;
        }
        if (current == null || current.stage() != recorded.stage()) {
            stages.add(new Stage(recorded.stage(), recorded.role(), null, null, null, null, null, null, false));
            last = stages.size() - 1;
            current = stages.get(last);
        }
        stages.set(last, current.ended(recorded, at));
        if (climbs) {
            // the next stage's clock starts when the previous one's limit passed, if that is why it moved
            Instant from = recorded.overdue() && current.dueAt() != null ? current.dueAt() : at;
            stages.add(new Stage(recorded.nextStage(), recorded.nextRole(), from, recorded.nextStageDueAt(), null, null, null, null, false));
        } else {
            outcome = recorded.outcome();
            resolvedAt = at;
        }
    }

    public String escalationId() { return escalationId; }
    public String contactId() { return contactId; }
    public String raisedBy() { return raisedBy; }
    public String raisedByAgency() { return raisedByAgency; }
    public String reason() { return reason; }
    public String concernLevel() { return concernLevel; }
    public Instant raisedAt() { return raisedAt; }
    public List<Stage> stages() { return List.copyOf(stages); }
    public String outcome() { return outcome; }
    public Instant resolvedAt() { return resolvedAt; }

    public boolean open() {
        return outcome == null;
    }

    public Integer currentStage() {
        return open() && !stages.isEmpty() ? stages.get(stages.size() - 1).stage() : null;
    }
}
