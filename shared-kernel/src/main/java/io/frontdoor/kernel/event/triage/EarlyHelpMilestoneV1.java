package io.frontdoor.kernel.event.triage;

/**
 * A step of an early-help episode after a step-down: CONSENT_GIVEN, CONSENT_REFUSED, LEAD_PROFESSIONAL_STAGE_n,
 * PLANNING_MEETING, PLAN_DISTRIBUTED, REVIEW. Its overdue milestones are {@link DeadlinePassedV1} with the episode id
 * as reference.
 */
public record EarlyHelpMilestoneV1(String episodeId, String contactId, String milestone, String recordedBy) {

    public static final String TYPE = "EarlyHelpMilestoneRecorded";
}
