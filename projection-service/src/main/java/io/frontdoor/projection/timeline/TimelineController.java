package io.frontdoor.projection.timeline;

import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.kernel.domain.NotFoundException;
import io.frontdoor.projection.contact.ContactCaseView;
import io.frontdoor.projection.eventlog.EventLog.ContactSelection;
import io.frontdoor.projection.rebuild.PointInTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contact timeline", description = "Every event of one contact in order, and each timescale due against actual")
public class TimelineController {

    private final TimelineQuery query;
    private final PointInTime pointInTime;
    private final TimelineView timeline;
    private final ContactCaseView contacts;

    public TimelineController(TimelineQuery query, PointInTime pointInTime, TimelineView timeline, ContactCaseView contacts) {
        this.query = query;
        this.pointInTime = pointInTime;
        this.timeline = timeline;
        this.contacts = contacts;
    }

    @AuditedRead(record = RecordType.CONTACT, idParam = "contactId")
    @GetMapping("/api/contacts/{contactId}/timeline")
    @Operation(summary = "A contact's history: time, actor and details of each event; for each timescale, due, actual and whether it was met",
            description = "With asAt, the timeline as it stood at that instant, rebuilt from the events that had occurred by then.")
    public ContactTimeline timeline(@PathVariable String contactId,
                                    @Parameter(description = "an instant in the past, e.g. 2026-11-24T14:00:00Z")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt) {
        Optional<ContactTimeline> found = pointInTime.liveOrAsAt(asAt, now -> query.of(contactId, now, null),
                at -> ContactSelection.one(contactId), List.of(timeline, contacts), at -> query.of(contactId, at, at));
        return found.orElseThrow(() -> new NotFoundException("no contact " + contactId + (asAt == null ? "" : " by " + asAt)));
    }
}
