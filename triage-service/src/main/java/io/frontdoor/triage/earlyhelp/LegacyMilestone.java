package io.frontdoor.triage.earlyhelp;

import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpMilestoneRecorded;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.*;
import java.util.Optional;

/**
 * Reads an {@link EarlyHelpMilestoneRecorded} stored before each step had its own event as the step's event, so that
 * episodes recorded then still load. The only place a milestone's code or detail is parsed.
 */
final class LegacyMilestone {

    private LegacyMilestone() {
    }

    static Optional<EarlyHelpMilestone> of(EarlyHelpMilestoneRecorded stored) {
        String episode = stored.episodeId();
        String contact = stored.contactId();
        String by = stored.recordedBy();
        return Optional.ofNullable(switch (stored.milestone()) {
            case "CONSENT_GIVEN" -> new ConsentGiven(episode, contact, by);
            case "CONSENT_REFUSED" -> new ConsentRefused(episode, contact, stored.detail(), by);
            case EarlyHelpMilestones.PLANNING_MEETING -> new PlanningMeetingHeld(episode, contact, stored.detail(), by);
            case EarlyHelpMilestones.PLAN_DISTRIBUTED -> new PlanDistributed(episode, contact, by);
            case EarlyHelpMilestones.REVIEW -> new ReviewHeld(episode, contact, stored.detail(), by);
            default -> stored.milestone().startsWith(EarlyHelpMilestones.LEAD_PROFESSIONAL_STAGE) ? leadProfessional(stored) : null;
        });
    }

    /** Detail "agreed: AGENCY / person" or "not agreed: AGENCY" (the person is optional). */
    private static LeadProfessionalAllocated leadProfessional(EarlyHelpMilestoneRecorded stored) {
        int stage = Integer.parseInt(stored.milestone().substring(EarlyHelpMilestones.LEAD_PROFESSIONAL_STAGE.length()));
        String detail = stored.detail() == null ? "" : stored.detail();
        boolean agreed = detail.startsWith("agreed");
        int colon = detail.indexOf(": ");
        String who = colon < 0 ? detail : detail.substring(colon + 2);
        int slash = who.indexOf(" / ");
        return new LeadProfessionalAllocated(stored.episodeId(), stored.contactId(), stage, slash < 0 ? who : who.substring(0, slash),
                slash < 0 ? null : who.substring(slash + 3), agreed, stored.recordedBy());
    }
}
