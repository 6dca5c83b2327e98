package io.frontdoor.projection.escalation;

import io.frontdoor.kernel.domain.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Escalation audit", description = "Every professional disagreement, its stages, who, when, how long against the limit, outcome")
public class EscalationController {

    private final EscalationQuery query;
    private final Clock clock;

    public EscalationController(EscalationQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @GetMapping("/api/escalations")
    @Operation(summary = "Disagreements, most recently raised first")
    public List<EscalationAudit> escalations(
            @Parameter(description = "true: unresolved only; false: resolved only") @RequestParam(required = false) Boolean open,
            @Parameter(description = "only those about this contact") @RequestParam(required = false) String contactId) {
        return query.find(open, contactId, clock.instant());
    }

    @GetMapping("/api/escalations/{escalationId}")
    @Operation(summary = "One disagreement with every stage")
    public EscalationAudit escalation(@PathVariable String escalationId) {
        return query.one(escalationId, clock.instant()).orElseThrow(() -> new NotFoundException("no escalation " + escalationId));
    }
}
