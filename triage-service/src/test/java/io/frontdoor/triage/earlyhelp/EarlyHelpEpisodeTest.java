package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.*;
import io.frontdoor.triage.earlyhelp.EarlyHelpMilestones.*;
import io.frontdoor.triage.opening.PackCalendars;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** North Lincolnshire's early-help procedure (001) on the real pack and calendar. */
class EarlyHelpEpisodeTest {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    /** 20 working days after Wednesday 18 November 2026 (no bank holidays in between). */
    static final Instant PLANNING_DUE = Instant.parse("2026-12-16T10:00:00Z");
    static final String EP = "eh-c-1";

    AggregateTestFixture<EarlyHelpEpisode> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EarlyHelpEpisode.class);
        fixture.givenCurrentTime(NOW);
        fixture.registerInjectableResource(new EarlyHelpTimes(new PackCalendars(new PackRegistry(new PackLoader())),
                Clock.fixed(NOW, ZoneOffset.UTC)));
        fixture.registerIgnoredField(EarlyHelpMilestoneDue.class, "deadlineId");
    }

    static final EarlyHelpEpisodeStarted STARTED = new EarlyHelpEpisodeStarted(EP, "c-1", "north-lincolnshire", "DN15");
    static final ConsentGiven CONSENTED = new ConsentGiven(EP, "c-1", "lp");

    @Test
    void startingAnEpisodeSetsThePlanningMeetingTwentyWorkingDaysAway() {
        fixture.givenNoPriorActivity()
                .when(new StartEarlyHelpEpisode(EP, "c-1", "north-lincolnshire", "DN15"))
                .expectEvents(STARTED, new EarlyHelpMilestoneDue(EP, "c-1", "PLANNING_MEETING", PLANNING_DUE, null))
                .expectScheduledDeadlineWithName(PLANNING_DUE, EarlyHelpMilestones.PLANNING_MEETING);
    }

    @Test
    void nothingIsPlannedWithoutConsentAndARefusalSaysWhatHappensNext() {
        fixture.given(STARTED)
                .when(new RecordPlanningMeeting(EP, NOW, "family, school", "lp"))
                .expectException(ConflictException.class);
        fixture.given(STARTED)
                .when(new RecordConsent(EP, "REFUSED", " ", "lp"))
                .expectException(InvalidSubmissionException.class);
        fixture.given(STARTED)
                .when(new RecordConsent(EP, "REFUSED", "universal services; reassess if school concerns grow", "lp"))
                .expectEvents(new ConsentRefused(EP, "c-1", "universal services; reassess if school concerns grow", "lp"),
                        new EarlyHelpEpisodeClosed(EP, "c-1", "CONSENT_REFUSED: universal services; reassess if school concerns grow", "lp"));
    }

    @Test
    void theLeadProfessionalIsAgreedThroughTheStagesInOrder() {
        fixture.given(STARTED, CONSENTED)
                .when(new AllocateLeadProfessional(EP, 2, "HEALTH", null, true, "lp"))
                .expectException(ConflictException.class);
        fixture.given(STARTED, CONSENTED,
                        new LeadProfessionalAllocated(EP, "c-1", 1, "EDUCATION", null, false, "lp"))
                .when(new AllocateLeadProfessional(EP, 2, "HEALTH", "Health Visitor", true, "lp"))
                .expectEvents(new LeadProfessionalAllocated(EP, "c-1", 2, "HEALTH", "Health Visitor", true, "lp"));
    }

    @Test
    void theLeadProfessionalsAgencyIsACodeNotFreeText() {
        fixture.given(STARTED, CONSENTED)
                .when(new AllocateLeadProfessional(EP, 1, "the health visiting team", "Health Visitor", true, "lp"))
                .expectException(InvalidSubmissionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("agency"));
    }

    @Test
    void thePlanningMeetingStartsThePlanRecordAndReviewClocks() {
        fixture.givenCommands(new StartEarlyHelpEpisode(EP, "c-1", "north-lincolnshire", "DN15"),
                        new RecordConsent(EP, "GIVEN", null, "lp"))
                .when(new RecordPlanningMeeting(EP, Instant.parse("2026-12-01T10:00:00Z"), "family, school, health", "lp"))
                .expectEvents(new PlanningMeetingHeld(EP, "c-1", "family, school, health", "lp"),
                        new EarlyHelpMilestoneDue(EP, "c-1", "PLAN_DISTRIBUTED", Instant.parse("2026-12-31T10:00:00Z"), null),
                        new EarlyHelpMilestoneDue(EP, "c-1", "REVIEW", Instant.parse("2027-03-01T10:00:00Z"), null))
                .expectScheduledDeadlineWithName(Instant.parse("2027-03-01T10:00:00Z"), EarlyHelpMilestones.REVIEW);
    }

    @Test
    void aMissedPlanningMeetingIsOverdueForTheEarlyHelpManager() {
        fixture.givenCommands(new StartEarlyHelpEpisode(EP, "c-1", "north-lincolnshire", "DN15"))
                .whenTimeAdvancesTo(PLANNING_DUE.plusSeconds(60))
                .expectTriggeredDeadlinesWithName(EarlyHelpMilestones.PLANNING_MEETING)
                .expectEvents(new EarlyHelpMilestoneOverdue("c-1", "EARLY_HELP_PLANNING_MEETING", EP, PLANNING_DUE, NOW, "EARLY_HELP_MANAGER"));
    }

    @Test
    void aStepUpClosesTheEpisodeAndNothingFollows() {
        fixture.given(STARTED, CONSENTED, new EarlyHelpEpisodeClosed(EP, "c-1", "NEEDS_MET", "lp"))
                .when(new RecordReview(EP, NOW, "x", "lp"))
                .expectException(ConflictException.class);
    }

    // One episode for the children stepped down together; a step-up names its children (001: one lead professional)

    static final EarlyHelpEpisodeStarted FAMILY = new EarlyHelpEpisodeStarted(EP, "c-1", "north-lincolnshire", "DN15", java.util.List.of(0, 2));

    @Test
    void childrenSteppedDownTogetherShareOneEpisodeAndLaterOnesJoinIt() {
        fixture.givenNoPriorActivity()
                .when(new StartEarlyHelpEpisode(EP, "c-1", "north-lincolnshire", "DN15", java.util.List.of(0, 2)))
                .expectEvents(FAMILY, new EarlyHelpMilestoneDue(EP, "c-1", "PLANNING_MEETING", PLANNING_DUE, null));
        fixture.given(FAMILY)
                .when(new StartEarlyHelpEpisode(EP, "c-1", "north-lincolnshire", "DN15", java.util.List.of(1, 2)))
                .expectEvents(new EarlyHelpChildrenJoined(EP, "c-1", java.util.List.of(1)));
        fixture.given(FAMILY)
                .when(new StartEarlyHelpEpisode(EP, "c-1", "north-lincolnshire", "DN15", java.util.List.of(2)))
                .expectNoEvents();
    }

    @Test
    void aStepUpOfOneChildLeavesTheOthersEarlyHelpGoingOn() {
        var stepUpOfAda = stepUp(java.util.List.of(2));
        fixture.given(FAMILY, CONSENTED)
                .when(stepUpOfAda)
                .expectEvents(new EarlyHelpSteppedUp(EP, "c-1", "STEP-UP-" + EP, stepUpOfAda.referral(), "new bruising", "lp",
                        java.util.List.of(2)));
        fixture.given(FAMILY, CONSENTED, new EarlyHelpSteppedUp(EP, "c-1", "STEP-UP-" + EP, stepUpOfAda.referral(), "new bruising", "lp",
                        java.util.List.of(2)))
                .when(new AllocateLeadProfessional(EP, 1, "EDUCATION", "Head of year", true, "lp"))
                .expectEvents(new LeadProfessionalAllocated(EP, "c-1", 1, "EDUCATION", "Head of year", true, "lp"));
        fixture.given(FAMILY, CONSENTED, new EarlyHelpSteppedUp(EP, "c-1", "STEP-UP-" + EP, stepUpOfAda.referral(), "new bruising", "lp",
                        java.util.List.of(2)))
                .when(stepUp(java.util.List.of(0)))
                .expectEvents(new EarlyHelpSteppedUp(EP, "c-1", "STEP-UP-" + EP, stepUpOfAda.referral(), "new bruising", "lp",
                                java.util.List.of(0)),
                        new EarlyHelpEpisodeClosed(EP, "c-1", "STEPPED_UP", "lp"));
    }

    @Test
    void aStepUpMayNameOnlyChildrenOfTheEpisode() {
        fixture.given(FAMILY, CONSENTED)
                .when(stepUp(java.util.List.of(1)))
                .expectException(InvalidSubmissionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("childIndexes[0]"));
    }

    // Episodes recorded before each step had its own event: the one EarlyHelpMilestoneRecorded still loads

    static final EarlyHelpMilestoneRecorded STORED_CONSENT = new EarlyHelpMilestoneRecorded(EP, "c-1", "CONSENT_GIVEN", null, "lp");

    @Test
    void aStoredConsentStillLetsTheLeadProfessionalBeAllocated() {
        fixture.given(STARTED, STORED_CONSENT,
                        new EarlyHelpMilestoneRecorded(EP, "c-1", "LEAD_PROFESSIONAL_STAGE_1", "not agreed: EDUCATION", "lp"))
                .when(new AllocateLeadProfessional(EP, 2, "HEALTH", "Health Visitor", true, "lp"))
                .expectEvents(new LeadProfessionalAllocated(EP, "c-1", 2, "HEALTH", "Health Visitor", true, "lp"));
    }

    @Test
    void aStoredAgreedLeadProfessionalIsNotAllocatedAgain() {
        fixture.given(STARTED, STORED_CONSENT,
                        new EarlyHelpMilestoneRecorded(EP, "c-1", "LEAD_PROFESSIONAL_STAGE_1", "agreed: EDUCATION / Head of year", "lp"))
                .when(new AllocateLeadProfessional(EP, 2, "HEALTH", "Health Visitor", true, "lp"))
                .expectException(ConflictException.class)
                .expectExceptionMessage("a lead professional is already agreed");
    }

    @Test
    void aStoredRefusalMeansConsentIsAlreadyRecorded() {
        fixture.given(STARTED, new EarlyHelpMilestoneRecorded(EP, "c-1", "CONSENT_REFUSED", "universal services", "lp"))
                .when(new RecordConsent(EP, "GIVEN", null, "lp"))
                .expectException(ConflictException.class)
                .expectExceptionMessage("consent is already recorded");
    }

    @Test
    void aStoredPlanningMeetingLetsReviewsFollow() {
        fixture.given(STARTED, STORED_CONSENT, new EarlyHelpMilestoneRecorded(EP, "c-1", "PLANNING_MEETING", "family, school", "lp"))
                .when(new RecordReview(EP, Instant.parse("2026-12-01T10:00:00Z"), "going well", "lp"))
                .expectEvents(new ReviewHeld(EP, "c-1", "going well", "lp"),
                        new EarlyHelpMilestoneDue(EP, "c-1", "REVIEW", Instant.parse("2027-03-01T10:00:00Z"), null));
    }

    @Test
    void aStoredPlanningMeetingIsNotRecordedAgain() {
        fixture.given(STARTED, STORED_CONSENT, new EarlyHelpMilestoneRecorded(EP, "c-1", "PLANNING_MEETING", "family, school", "lp"))
                .when(new RecordPlanningMeeting(EP, NOW, "family", "lp"))
                .expectException(ConflictException.class)
                .expectExceptionMessage("the planning meeting is already recorded; record reviews from now on");
    }

    @Test
    void aStoredPlanDistributedIsNoLongerWaiting() {
        fixture.given(STARTED, STORED_CONSENT, new EarlyHelpMilestoneDue(EP, "c-1", "PLAN_DISTRIBUTED", PLANNING_DUE, "d-2"),
                        new EarlyHelpMilestoneRecorded(EP, "c-1", "PLAN_DISTRIBUTED", null, "lp"))
                .when(new RecordPlanDistributed(EP, "lp"))
                .expectException(ConflictException.class)
                .expectExceptionMessage("no plan is waiting to be distributed");
    }

    private static StepUp stepUp(java.util.List<Integer> children) {
        var referral = new io.frontdoor.kernel.contact.ContactSubmission("north-lincolnshire", "STEP-UP-" + EP, null, NOW, null,
                java.util.List.of(), null, null, null, null, null, null, true);
        return new StepUp(EP, "new bruising", referral, "lp", children);
    }
}
