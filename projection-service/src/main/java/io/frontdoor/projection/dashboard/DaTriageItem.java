package io.frontdoor.projection.dashboard;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.frontdoor.kernel.event.triage.DaTriageItemDecidedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemScheduledV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A domestic-abuse notification on the weekly triage meeting's agenda: each meeting it was listed for, and its outcome. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class DaTriageItem implements DocumentView.Document {

    public record Listing(String meetingId, Instant meetingAt, String rolledOverFromMeetingId) {
    }

    private String contactId;
    private String dashRisk;
    private List<Listing> listings = new ArrayList<>();
    private String decidedAtMeetingId;
    private List<String> routes = List.of();

    private DaTriageItem() {
    }

    DaTriageItem(String contactId) {
        this.contactId = contactId;
    }

    @Override
    public void apply(LoggedEvent event) {
        if (event.payload() instanceof DaTriageItemScheduledV1 scheduled) {
            dashRisk = scheduled.dashRisk();
            listings.add(new Listing(scheduled.meetingId(), scheduled.meetingAt(), scheduled.rolledOverFromMeetingId()));
        } else if (event.payload() instanceof DaTriageItemDecidedV1 decided) {
            decidedAtMeetingId = decided.meetingId();
            routes = decided.routes();
        }
    }

    public String contactId() { return contactId; }
    public String dashRisk() { return dashRisk; }
    public List<Listing> listings() { return List.copyOf(listings); }
    public String decidedAtMeetingId() { return decidedAtMeetingId; }

    public boolean decided() {
        return decidedAtMeetingId != null;
    }

    public Instant firstMeetingAt() {
        return listings.isEmpty() ? null : listings.get(0).meetingAt();
    }

    public Instant lastMeetingAt() {
        return listings.isEmpty() ? null : listings.get(listings.size() - 1).meetingAt();
    }
}
