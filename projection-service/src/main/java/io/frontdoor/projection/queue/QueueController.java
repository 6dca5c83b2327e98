package io.frontdoor.projection.queue;

import io.frontdoor.projection.contact.ContactCaseView;
import io.frontdoor.projection.eventlog.EventLog.ContactSelection;
import io.frontdoor.projection.rebuild.PointInTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The queue is a worklist, not a look at one child's record, so its reads are not written to the access audit: each
 * entry is a summary (names, ages, RAG, due time) that the page refreshes and streams continually, and an audit entry
 * per entry per refresh would bury the looks that matter. Opening a contact from the queue (its timeline, a child's
 * chronology) is the read of a record, and that is audited.
 */
@RestController
@Tag(name = "Queue", description = "The front door's work queue: open contacts, most urgent first")
public class QueueController {

    private final QueueQuery query;
    private final QueueStream stream;
    private final PointInTime pointInTime;
    private final ContactCaseView contacts;

    public QueueController(QueueQuery query, QueueStream stream, PointInTime pointInTime, ContactCaseView contacts) {
        this.query = query;
        this.stream = stream;
        this.pointInTime = pointInTime;
        this.contacts = contacts;
    }

    @GetMapping("/api/queue")
    @Operation(summary = "Open contacts by RAG, then time left to the decision due time",
            description = "With asAt, the queue as it stood at that instant, rebuilt from the events that had occurred by then.")
    public List<QueueEntry> queue(@ParameterObject QueueFilter filter,
                                  @Parameter(description = "an instant in the past, e.g. 2026-11-24T14:00:00Z")
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt) {
        filter.checked();
        return pointInTime.liveOrAsAt(asAt, now -> query.open(filter, now), ContactSelection::openAt, List.of(contacts),
                at -> query.open(filter, at));
    }

    @GetMapping(path = "/api/queue/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The queue, live, as Server-Sent Events",
            description = "First a 'snapshot' event with the filtered queue, then a 'changes' event after each batch of "
                    + "events: the changed entries that pass the filter (upserts) and the ids to drop (removed).")
    public SseEmitter stream(@ParameterObject QueueFilter filter) {
        return stream.subscribe(filter.checked());
    }
}
