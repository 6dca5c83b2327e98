package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.AllocateTriage;
import io.frontdoor.triage.triage.TriageEvents.TriageAllocated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The worker the contact is allocated to: a decision waits for one, and an update alerts them. */
class Allocation {

    private final Triage triage;
    private String worker;

    Allocation(Triage triage) {
        this.triage = triage;
    }

    @CommandHandler
    void handle(AllocateTriage c, WorkerDirectory workers) {
        if (c.worker() == null || c.worker().isBlank()) {
            throw InvalidSubmissionException.of("worker", "is required: the user id of the worker to allocate");
        }
        if (!workers.knows(c.worker())) {
            throw InvalidSubmissionException.of("worker", "is not a worker the directory knows (frontdoor.workers)");
        }
        triage.requireOpen();
        if (!c.worker().equals(worker)) {
            apply(new TriageAllocated(triage.contactId(), c.worker(), c.allocatedBy(), worker));
        }
    }

    /** The allocated worker's user id; null while the contact waits in the queue. */
    String worker() {
        return worker;
    }

    @EventSourcingHandler
    void on(TriageAllocated e) {
        worker = e.worker();
    }
}
