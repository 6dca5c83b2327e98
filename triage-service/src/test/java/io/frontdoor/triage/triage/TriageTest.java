package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.*;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TriageTest {

    static final String ID = "contact-1";
    static final Instant RECEIVED = Instant.parse("2026-11-18T10:15:00Z");
    static final Instant DECISION_DUE = Instant.parse("2026-11-19T10:15:00Z");
    static final Instant OUTCOME_DUE = Instant.parse("2026-11-21T10:15:00Z");
    static final AuthorisationRules RULES = new AuthorisationRules(true, true, List.of());
    static final Recommended SECTION_17 = new Recommended(3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT));

    AggregateTestFixture<Triage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Triage.class);
        fixture.registerInjectableResource(new FixedPackContext());
        fixture.registerInjectableResource(new WorkerDirectory(List.of(new WorkerDirectory.Worker("worker.a", "Worker A"),
                new WorkerDirectory.Worker("worker.b", "Worker B"))));
    }

    static ContactSubmission submission(AgencyType agency, ContactSubmission.DomesticAbuse da) {
        return ContactSubmission.builder().packId("luton").externalReference("REF-1").receivedAt(RECEIVED)
                .referrer(new ContactSubmission.Referrer(agency, "Testshire Police", "PC Example", null, null, null))
                .children(List.of(new ContactSubmission.Child("Testchild", "Example", LocalDate.parse("2019-01-01"), null, null, null, new ContactSubmission.Address("1 Example Row", null, null, "DN15 6NL"))))
                .domesticAbuse(da).build();
    }

    static TriageOpened opened(Recommended recommended, boolean policeDa) {
        return new TriageOpened(ID, submission(AgencyType.POLICE, null), RECEIVED, recommended, null, null, "AMBER",
                DECISION_DUE, false, RULES, policeDa, OUTCOME_DUE, "d-1", "o-1");
    }

    static final TriageAllocated ALLOCATED = new TriageAllocated(ID, "worker.a", "manager.m", null);

    static DecisionRecorded decided(int rank, List<String> routes, String override, boolean authorisation, String reason,
                                    boolean accepted) {
        return new DecisionRecorded(ID, "any", new LevelOfNeed("RANK" + rank, rank, "Level " + rank),
                routes, "because", "worker.a", override, authorisation, reason, accepted, false,
                authorisation ? FixedPackContext.NOW.plusSeconds(4 * 3600) : null, null);
    }

    @Test
    void openingRecordsTheRecommendationStartsTheDecisionAndOutcomeClocksAndLinksTheChildren() {
        var open = new OpenTriage(ID, submission(AgencyType.POLICE, null), RECEIVED, SECTION_17, null, null, "AMBER",
                DECISION_DUE, false, RULES, false, OUTCOME_DUE, List.of(new ChildLink(0, "child-9", "NHS_NUMBER", 2, true, "LINKED", null)));

        fixture.givenNoPriorActivity().when(open)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(TriageOpened.class)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.axonframework.test.matchers.Matchers.matches(
                                payload -> payload instanceof FeedbackDue due && due.kind().equals("OUTCOME")
                                        && due.dueAt().equals(OUTCOME_DUE) && due.deadlineId() != null)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.equalTo(
                                new ContactLinkedToChild(ID, 0, "child-9", "NHS_NUMBER", 2, true, "LINKED", null))),
                        org.axonframework.test.matchers.Matchers.andNoMore()))
                .expectScheduledDeadlineWithName(DECISION_DUE, DeadlineKind.DECISION.name())
                .expectScheduledDeadlineWithName(OUTCOME_DUE, DeadlineKind.OUTCOME_TO_REFERRER.name());
    }

    @Test
    void aPackWithNoOutcomeTimescaleOwesNoOutcomeByATime() {
        var open = new OpenTriage(ID, submission(AgencyType.POLICE, null), RECEIVED, SECTION_17, null, null, "AMBER",
                DECISION_DUE, false, RULES, false, null, List.of());
        fixture.givenNoPriorActivity().when(open)
                .expectEventsMatching(payloads(TriageOpened.class))
                .expectScheduledDeadlineWithName(DECISION_DUE, DeadlineKind.DECISION.name());
    }

    @Test
    void anOutcomeNotSentInTimeIsRecordedForTheManagerAndSendingItMeetsTheClock() {
        fixture.givenCommands(new OpenTriage(ID, submission(AgencyType.POLICE, null), RECEIVED, SECTION_17, null, null, "AMBER",
                        DECISION_DUE, false, RULES, false, OUTCOME_DUE, List.of()),
                        new AllocateTriage(ID, "worker.a", "manager.m"),
                        new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", null))
                .whenTimeAdvancesTo(OUTCOME_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DeadlineKind.OUTCOME_TO_REFERRER.name())
                .expectEvents(new DeadlinePassed(ID, DeadlineKind.OUTCOME_TO_REFERRER, null, OUTCOME_DUE, FixedPackContext.NOW, "MANAGER"));
        fixture.givenCommands(new OpenTriage(ID, submission(AgencyType.POLICE, null), RECEIVED, SECTION_17, null, null, "AMBER",
                        DECISION_DUE, false, RULES, false, OUTCOME_DUE, List.of()),
                        new AllocateTriage(ID, "worker.a", "manager.m"),
                        new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", null),
                        new RecordFeedbackSent(ID, "OUTCOME", "EMAIL", "worker.a", "accepted for assessment"))
                .whenTimeAdvancesTo(OUTCOME_DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aDecisionNotToAcceptOwesTheReferrerFeedbackByThePacksTime() {
        fixture.given(opened(new Recommended(1, Rag.GREEN, List.of(RouteCode.ADVICE_AND_SIGNPOSTING)), false), ALLOCATED)
                .when(new RecordDecision(ID, 1, List.of("ADVICE_AND_SIGNPOSTING"), "universal services can meet the need", "worker.a", null))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload ->
                                        payload instanceof DecisionRecorded d && !d.acceptedForSocialCare()),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof ContactRouted),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload ->
                                        payload instanceof FeedbackDue due && due.kind().equals("NOT_ACCEPTED")
                                                && due.dueAt().equals(FixedPackContext.NOW.plusSeconds(24 * 3600))),
                                org.axonframework.test.matchers.Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(FixedPackContext.NOW.plusSeconds(24 * 3600), DeadlineKind.FEEDBACK_NOT_ACCEPTED.name());
    }

    @Test
    void allocatingToTheSameWorkerAgainChangesNothing() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new AllocateTriage(ID, "worker.a", "manager.m"))
                .expectNoEvents();
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new AllocateTriage(ID, "worker.b", "manager.m"))
                .expectEvents(new TriageAllocated(ID, "worker.b", "manager.m", "worker.a"));
    }

    @Test
    void aContactIsAllocatedOnlyToAWorkerTheDirectoryKnows() {
        fixture.given(opened(SECTION_17, false))
                .when(new AllocateTriage(ID, "nobody.we.know", "manager.m"))
                .expectException(InvalidSubmissionException.class)
                .expectNoEvents();
        fixture.given(opened(SECTION_17, false))
                .when(new AllocateTriage(ID, null, "manager.m"))
                .expectException(InvalidSubmissionException.class)
                .expectNoEvents();
    }

    @Test
    void feedbackIsSentByAKnownMethodAndSaysWhatWasSaid() {
        var routed = new ContactRouted(ID, "SECTION_17_ASSESSMENT", "s17", Map.of(), null);
        var decidedAndRouted = new Object[] {opened(SECTION_17, false), ALLOCATED,
                decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true), routed};
        fixture.given(decidedAndRouted)
                .when(new RecordFeedbackSent(ID, "OUTCOME", "PIGEON", "worker.a", "accepted"))
                .expectException(InvalidSubmissionException.class)
                .expectNoEvents();
        fixture.given(decidedAndRouted)
                .when(new RecordFeedbackSent(ID, "OUTCOME", "EMAIL", "worker.a", " "))
                .expectException(InvalidSubmissionException.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionBeforeAllocationIsRefused() {
        fixture.given(opened(SECTION_17, false))
                .when(new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("allocate"));
    }

    @Test
    void aDecisionNeedsItsRationaleAndKnownRoutes() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new RecordDecision(ID, 3, List.of("TEA_AND_SYMPATHY"), " ", "worker.a", null))
                .expectException(InvalidSubmissionException.class);
    }

    @Test
    void aDecisionAsRecommendedIsFinalAndRoutedAtOnce() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", null))
                .expectEventsMatching(payloads(DecisionRecorded.class, ContactRouted.class))
                .expectState(triage -> assertThat(triage).extracting("status").isEqualTo(TriageStatus.DECIDED));
    }

    @Test
    void anOverrideDownwardsWaitsForAManagerAndItsClockStarts() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new RecordDecision(ID, 2, List.of("EARLY_HELP"), "family engaging well", "worker.a", null))
                .expectEventsMatching(payloads(DecisionRecorded.class))
                .expectScheduledDeadlineWithName(FixedPackContext.NOW.plusSeconds(4 * 3600), DeadlineKind.AUTHORISATION.name())
                .expectState(triage -> assertThat(triage).extracting("status").isEqualTo(TriageStatus.AWAITING_AUTHORISATION));
    }

    @Test
    void noFurtherActionOnAPoliceDomesticAbuseNotificationNeedsAuthorisation() {
        fixture.given(opened(new Recommended(1, Rag.GREEN, List.of(RouteCode.ADVICE_AND_SIGNPOSTING)), true), ALLOCATED)
                .when(new RecordDecision(ID, 1, List.of("ADVICE_AND_SIGNPOSTING"), "isolated verbal argument", "worker.a", null))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload ->
                                        payload instanceof DecisionRecorded d && d.authorisationRequired()
                                                && d.authorisationReason().contains("no further action on a police domestic abuse notification")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aManagerMayNotAuthoriseTheirOwnDecisionNorAuthoriseTwice() {
        var pending = decided(2, List.of("EARLY_HELP"), "DOWN", true, "override downwards", false);
        fixture.given(opened(SECTION_17, false), ALLOCATED, pending)
                .when(new AuthoriseDecision(ID, "worker.a"))
                .expectException(ConflictException.class);
        fixture.given(opened(SECTION_17, false), ALLOCATED, pending)
                .when(new AuthoriseDecision(ID, "manager.m"))
                .expectEventsMatching(payloads(DecisionAuthorised.class, ContactRouted.class, FeedbackDue.class))
                .expectScheduledDeadlineWithName(FixedPackContext.NOW.plusSeconds(24 * 3600), DeadlineKind.FEEDBACK_NOT_ACCEPTED.name());
        fixture.given(opened(SECTION_17, false), ALLOCATED, pending, new DecisionAuthorised(ID, "any", "manager.m"))
                .when(new AuthoriseDecision(ID, "manager.n"))
                .expectException(ConflictException.class);
    }

    @Test
    void aReturnedDecisionCanBeDecidedAgain() {
        var pending = decided(2, List.of("EARLY_HELP"), "DOWN", true, "override downwards", false);
        fixture.given(opened(SECTION_17, false), ALLOCATED, pending)
                .when(new ReturnDecision(ID, "manager.m", "the injury explanation is inconsistent"))
                .expectEventsMatching(payloads(DecisionReturned.class));
        fixture.given(opened(SECTION_17, false), ALLOCATED, pending,
                        new DecisionReturned(ID, "any", "manager.m", "inconsistent"))
                .when(new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "reconsidered", "worker.a", null))
                .expectEventsMatching(payloads(DecisionRecorded.class, ContactRouted.class));
    }

    @Test
    void aSecondDecisionIsAConflict() {
        fixture.given(opened(SECTION_17, false), ALLOCATED, decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true))
                .when(new RecordDecision(ID, 4, List.of("STRATEGY_DISCUSSION"), "second thoughts", "worker.b", null))
                .expectException(ConflictException.class);
    }

    @Test
    void partnerChecksHaveTheirOwnDueTimeAndAreAnsweredOnce() {
        fixture.given(opened(SECTION_17, false))
                .when(new RequestPartnerCheck(ID, "HEALTH", "known to health visiting?", "worker.a"))
                .expectEventsMatching(payloads(PartnerCheckRequested.class))
                .expectScheduledDeadlineWithName(FixedPackContext.NOW.plusSeconds(8 * 3600), DeadlineKind.PARTNER_CHECK.name());
        var requested = new PartnerCheckRequested(ID, "check-1", "HEALTH", "known?", FixedPackContext.NOW.plusSeconds(8 * 3600),
                "worker.a", "dl-1");
        fixture.given(opened(SECTION_17, false), requested)
                .when(new RecordPartnerCheckResponse(ID, "check-1", "known, last seen 2026-10", "worker.a"))
                .expectEvents(new PartnerCheckResponded(ID, "check-1", "HEALTH", "known, last seen 2026-10", "worker.a"));
        fixture.given(opened(SECTION_17, false), requested, new PartnerCheckResponded(ID, "check-1", "HEALTH", "x", "worker.a"))
                .when(new RecordPartnerCheckResponse(ID, "check-1", "again", "worker.a"))
                .expectException(ConflictException.class);
    }

    @Test
    void aMissedDecisionDeadlineIsRecordedForTheManager() {
        fixture.givenCommands(new OpenTriage(ID, submission(AgencyType.POLICE, null), RECEIVED, SECTION_17, null, null, "AMBER",
                        DECISION_DUE, false, RULES, false, OUTCOME_DUE, List.of()))
                .whenTimeAdvancesTo(DECISION_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DeadlineKind.DECISION.name())
                .expectEvents(new DeadlinePassed(ID, DeadlineKind.DECISION, null, DECISION_DUE, FixedPackContext.NOW, "MANAGER"));
    }

    /** A scheduler instance that died after recording the miss runs the deadline again elsewhere: nothing more is recorded. */
    @Test
    void aDeadlineThatRunsTwiceIsRecordedAsMissedOnce() {
        fixture.givenCommands(new OpenTriage(ID, submission(AgencyType.POLICE, null), RECEIVED, SECTION_17, null, null, "AMBER",
                        DECISION_DUE, false, RULES, false, OUTCOME_DUE, List.of()))
                .andGiven(new DeadlinePassed(ID, DeadlineKind.DECISION, null, DECISION_DUE, FixedPackContext.NOW, "MANAGER"))
                .whenTimeAdvancesTo(DECISION_DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DeadlineKind.DECISION.name())
                .expectNoEvents();
    }

    @Test
    void theOutcomeClosesTheTriageAndNothingFollowsIt() {
        var routed = new ContactRouted(ID, "SECTION_17_ASSESSMENT", "s17", Map.of(), null);
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new RecordFeedbackSent(ID, "OUTCOME", "EMAIL", "worker.a", "assessment"))
                .expectException(ConflictException.class);
        fixture.given(opened(SECTION_17, false), ALLOCATED, decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true), routed)
                .when(new RecordFeedbackSent(ID, "OUTCOME", "EMAIL", "worker.a", "accepted for a child and family assessment"))
                .expectEvents(new FeedbackSent(ID, "OUTCOME", "EMAIL", "worker.a", "accepted for a child and family assessment"),
                        new TriageClosed(ID, "DECIDED_AND_FED_BACK"));
        fixture.given(opened(SECTION_17, false), ALLOCATED, new TriageClosed(ID, "DECIDED_AND_FED_BACK"))
                .when(new AllocateTriage(ID, "worker.b", "manager.m"))
                .expectException(ConflictException.class);
    }

    @Test
    void aStrategyDiscussionThatDecidesOnSection47RoutesTheEnquiry() {
        var routed = new ContactRouted(ID, "STRATEGY_DISCUSSION", "strategy", Map.of(), null);
        fixture.given(opened(SECTION_17, false), routed)
                .when(new RecordStrategyDiscussionOutcome(ID, true, "police, health, school", "worker.a"))
                .expectEvents(new StrategyDiscussionOutcomeRecorded(ID, true, "police, health, school", "worker.a", List.of(0)),
                        new ContactRouted(ID, "SECTION_47_ENQUIRY", "local SECTION_47_ENQUIRY", Map.of("from", "STRATEGY_DISCUSSION"), null,
                                List.of(0), List.of("Testchild")));
        fixture.given(opened(SECTION_17, false))
                .when(new RecordStrategyDiscussionOutcome(ID, false, "police", "worker.a"))
                .expectException(ConflictException.class);
    }

    @Test
    void aWorkerWhoUndoesAChildLinkLeavesTheContactsChildAChildOfItsOwn() {
        fixture.given(opened(SECTION_17, false), new ContactLinkedToChild(ID, 0, "child-9", "NHS_NUMBER", 0, false, "POSSIBLE",
                        "matched by NHS number, but the name differs from the child's records"))
                .when(new ReviewChildLink(ID, 0, false, "worker.a"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.equalTo(
                                new ChildLinkReviewed(ID, 0, "child-9", false, "worker.a"))),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.axonframework.test.matchers.Matchers.matches(
                                payload -> payload instanceof ContactLinkedToChild link && link.childIndex() == 0
                                        && !link.childId().equals("child-9") && link.matchedBy().equals("NEW_CHILD")
                                        && link.status().equals("LINKED"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        fixture.given(opened(SECTION_17, false))
                .when(new ReviewChildLink(ID, 3, true, "worker.a"))
                .expectException(InvalidSubmissionException.class);
    }

    @Test
    void aLinkIsReviewedOnceAndANewChildHasNoMatchToReview() {
        var possible = new ContactLinkedToChild(ID, 0, "child-9", "NHS_NUMBER", 0, false, "POSSIBLE", "the name differs");
        fixture.given(opened(SECTION_17, false), possible)
                .when(new ReviewChildLink(ID, 0, true, "worker.a"))
                .expectEvents(new ChildLinkReviewed(ID, 0, "child-9", true, "worker.a"));
        fixture.given(opened(SECTION_17, false), possible, new ChildLinkReviewed(ID, 0, "child-9", true, "worker.a"))
                .when(new ReviewChildLink(ID, 0, false, "worker.b"))
                .expectException(ConflictException.class);
        fixture.given(opened(SECTION_17, false), new ContactLinkedToChild(ID, 0, "child-1", "NEW_CHILD", 0, false, "LINKED", null))
                .when(new ReviewChildLink(ID, 0, true, "worker.a"))
                .expectException(ConflictException.class);
    }

    @SafeVarargs
    static org.hamcrest.Matcher<List<org.axonframework.eventhandling.EventMessage<?>>> payloads(Class<?>... types) {
        var matchers = new java.util.ArrayList<org.hamcrest.Matcher<? super org.axonframework.eventhandling.EventMessage<?>>>();
        for (Class<?> type : types) {
            matchers.add(org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(type)));
        }
        matchers.add(org.axonframework.test.matchers.Matchers.andNoMore());
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.hamcrest.Matcher<List<org.axonframework.eventhandling.EventMessage<?>>> sequence =
                (org.hamcrest.Matcher) org.axonframework.test.matchers.Matchers.exactSequenceOf(matchers.toArray(org.hamcrest.Matcher[]::new));
        return sequence;
    }
}
