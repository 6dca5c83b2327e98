package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.TriageCommands.RecordPartnerCheckResponse;
import io.frontdoor.triage.triage.TriageCommands.RequestPartnerCheck;
import io.frontdoor.triage.triage.TriageEvents.PartnerCheckRequested;
import io.frontdoor.triage.triage.TriageEvents.PartnerCheckResponded;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The questions put to partner agencies, each on its own clock until answered. */
class PartnerChecks {

    private final Triage triage;
    /** Check id to the agency asked. */
    private final Map<String, String> open = new HashMap<>();
    private final Map<String, String> checkDeadlines = new HashMap<>();

    PartnerChecks(Triage triage) {
        this.triage = triage;
    }

    @CommandHandler
    void handle(RequestPartnerCheck c, PackContext clock, DeadlineManager deadlines) {
        triage.requireOpen();
        String checkId = UUID.randomUUID().toString();
        Instant due = clock.partnerCheckDue(triage.packId(), clock.now());
        String deadline = TriageDeadlines.schedule(deadlines, DeadlineKind.PARTNER_CHECK, checkId, due);
        apply(new PartnerCheckRequested(triage.contactId(), checkId, c.agency(), c.question(), due, c.requestedBy(), deadline));
    }

    @CommandHandler
    void handle(RecordPartnerCheckResponse c, DeadlineManager deadlines) {
        String agency = open.get(c.checkId());
        if (agency == null) {
            throw new ConflictException("no open partner check " + c.checkId() + " on this contact");
        }
        TriageDeadlines.cancel(deadlines, DeadlineKind.PARTNER_CHECK, checkDeadlines.get(c.checkId()));
        apply(new PartnerCheckResponded(triage.contactId(), c.checkId(), agency, c.response(), c.recordedBy()));
    }

    boolean isOpen(String checkId) {
        return open.containsKey(checkId);
    }

    void stopClocks(DeadlineManager deadlines) {
        checkDeadlines.values().forEach(deadline -> TriageDeadlines.cancel(deadlines, DeadlineKind.PARTNER_CHECK, deadline));
    }

    @EventSourcingHandler
    void on(PartnerCheckRequested e) {
        open.put(e.checkId(), e.agency());
        checkDeadlines.put(e.checkId(), e.deadlineId());
    }

    @EventSourcingHandler
    void on(PartnerCheckResponded e) {
        open.remove(e.checkId());
        checkDeadlines.remove(e.checkId());
    }
}
