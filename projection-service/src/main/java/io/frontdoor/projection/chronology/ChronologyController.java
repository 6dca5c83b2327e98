package io.frontdoor.projection.chronology;

import io.frontdoor.platform.audit.AuditedRead;
import io.frontdoor.platform.audit.RecordType;
import io.frontdoor.kernel.domain.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Child chronology", description = "All contacts and decisions for one child over time, with siblings and household")
public class ChronologyController {

    private final ChronologyQuery query;
    private final Clock clock;

    public ChronologyController(ChronologyQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @AuditedRead(record = RecordType.CHILD, idParam = "childId")
    @GetMapping("/api/children/{childId}/chronology")
    @Operation(summary = "A child's chronology: contacts oldest first with decisions and routes, re-contacts within 12 months flagged",
            description = "childId is the id triage gave the child (ContactLinkedToChild); links a worker undid are left out.")
    public ChildChronology chronology(@PathVariable String childId) {
        return query.of(childId, clock.instant()).orElseThrow(() -> new NotFoundException("no contacts for child " + childId));
    }
}
