package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.deadline.Deadlines;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpEpisodeClosed;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneDue;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneRecorded;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.EarlyHelpMilestone;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The episode's milestones now due, each with its persistent deadline (named after the milestone): an entity of the
 * {@link EarlyHelpEpisode}. Recording a milestone meets it; closing the episode stops them all.
 */
final class MilestoneClocks {

    private final Map<String, String> deadlineIds = new HashMap<>();

    /** Schedules the milestone's deadline: the event to apply says so. */
    static EarlyHelpMilestoneDue start(String episodeId, String contactId, String milestone, Instant dueAt, DeadlineManager deadlines) {
        return new EarlyHelpMilestoneDue(episodeId, contactId, milestone, dueAt,
                Deadlines.schedule(deadlines, milestone, dueAt, new EarlyHelpEpisode.Due(milestone, dueAt)));
    }

    void meet(String milestone, DeadlineManager deadlines) {
        Deadlines.cancel(deadlines, milestone, deadlineIds.get(milestone));
    }

    void stopAll(DeadlineManager deadlines) {
        Deadlines.cancelAll(deadlines, deadlineIds);
    }

    boolean isDue(String milestone) {
        return deadlineIds.containsKey(milestone);
    }

    void requireDue(String milestone, String otherwise) {
        if (!isDue(milestone)) {
            throw new ConflictException(otherwise);
        }
    }

    @EventSourcingHandler
    void on(EarlyHelpMilestoneDue due) {
        deadlineIds.put(due.milestone(), due.deadlineId());
    }

    @EventSourcingHandler
    void on(EarlyHelpMilestone met) {
        deadlineIds.remove(met.milestone());
    }

    /** A step recorded before each step had its own event. */
    @EventSourcingHandler
    void on(EarlyHelpMilestoneRecorded met) {
        deadlineIds.remove(met.milestone());
    }

    @EventSourcingHandler
    void on(EarlyHelpEpisodeClosed closed) {
        deadlineIds.clear();
    }
}
