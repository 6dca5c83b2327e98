package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import static io.frontdoor.triage.triage.TriageTest.ALLOCATED;
import static io.frontdoor.triage.triage.TriageTest.DECISION_DUE;
import static io.frontdoor.triage.triage.TriageTest.ID;
import static io.frontdoor.triage.triage.TriageTest.SECTION_17;
import static io.frontdoor.triage.triage.TriageTest.decided;
import static io.frontdoor.triage.triage.TriageTest.opened;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.ReevaluateTriage;
import io.frontdoor.triage.triage.TriageCommands.ReviewFlaggedDecision;
import io.frontdoor.triage.triage.TriageEvents.ContactRouted;
import io.frontdoor.triage.triage.TriageEvents.DecisionRecorded;
import io.frontdoor.triage.triage.TriageEvents.DecisionReviewed;
import io.frontdoor.triage.triage.TriageEvents.FeedbackDue;
import io.frontdoor.triage.triage.TriageEvents.FlaggedForReview;
import io.frontdoor.triage.triage.TriageEvents.UpdateAlert;
import io.frontdoor.triage.triage.TriageEvents.UpdateEvaluated;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A referrer's update is weighed against the recommendation in force: what rises is acted on, nothing is re-decided. */
class TriageUpdateTest {

    static final Instant SOONER = DECISION_DUE.minusSeconds(20 * 3600);
    static final List<String> KNIFE = List.of("domesticAbuse.dashRisk", "concerns.narrative");
    static final Recommended STRATEGY = new Recommended(4, Rag.RED, List.of(RouteCode.STRATEGY_DISCUSSION));

    AggregateTestFixture<Triage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Triage.class);
        fixture.registerInjectableResource(new FixedPackContext());
    }

    static ReevaluateTriage update(int number, Recommended advice, Instant due) {
        return new ReevaluateTriage(ID, number, KNIFE, "demoshire-police", advice, null, null, due);
    }

    @Test
    void aRiseOnAnUndecidedContactTakesTheNewRecommendationMovesTheDecisionDueTimeAndAlertsTheWorker() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(update(1, STRATEGY, SOONER))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof UpdateEvaluated e && e.raised().equals(List.of("LEVEL", "RAG", "ROUTES"))
                                && e.rag().equals("RED") && e.decisionDueAt().equals(SOONER) && e.previousDecisionDueAt().equals(DECISION_DUE)
                                && e.recommended().routes().equals(List.of(RouteCode.SECTION_17_ASSESSMENT, RouteCode.STRATEGY_DISCUSSION))
                                && e.recommended().levelRank() == 4 && e.changes().equals(KNIFE) && e.sentBy().equals("demoshire-police")
                                && e.triageStatus().equals("OPEN") && e.decisionDeadlineId() != null),
                        matches(p -> p instanceof UpdateAlert a && a.alerted().equals("WORKER") && a.worker().equals("worker.a")
                                && a.updateNumber() == 1 && a.raised().equals(List.of("LEVEL", "RAG", "ROUTES"))),
                        andNoMore())))
                .expectScheduledDeadlineWithName(SOONER, DeadlineKind.DECISION.name())
                .expectNoScheduledDeadlineWithName(DECISION_DUE, DeadlineKind.DECISION.name());
    }

    @Test
    void anUnallocatedContactAlertsTheQueue() {
        fixture.given(opened(SECTION_17, false))
                .when(update(1, new Recommended(3, Rag.RED, List.of(RouteCode.SECTION_17_ASSESSMENT)), SOONER))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof UpdateEvaluated e && e.raised().equals(List.of("RAG"))),
                        matches(p -> p instanceof UpdateAlert a && a.alerted().equals("QUEUE") && a.worker() == null),
                        andNoMore())));
    }

    @Test
    void anUpdateThatRaisesNothingIsStillRecordedAsSeenAndChangesNoTimeOrRecommendation() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(update(1, new Recommended(2, Rag.GREEN, List.of(RouteCode.SECTION_17_ASSESSMENT)), SOONER))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof UpdateEvaluated e && e.raised().isEmpty() && e.recommended().equals(SECTION_17)
                                && e.rag().equals("AMBER") && e.decisionDueAt().equals(DECISION_DUE)),
                        andNoMore())))
                .expectNoScheduledDeadlineWithName(SOONER, DeadlineKind.DECISION.name());
    }

    @Test
    void aRiseOnADecidedContactFlagsItForReviewAndNeverReDecides() {
        fixture.given(opened(SECTION_17, false), ALLOCATED,
                        decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true))
                .when(update(1, STRATEGY, SOONER))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof UpdateEvaluated e && e.raised().equals(List.of("LEVEL", "RAG", "ROUTES"))
                                && e.triageStatus().equals("DECIDED") && e.decisionDueAt().equals(DECISION_DUE)),
                        matches(p -> p instanceof FlaggedForReview f && f.triageStatus().equals("DECIDED") && f.worker().equals("worker.a")
                                && f.updateNumber() == 1),
                        andNoMore())))
                .expectNoScheduledDeadlineWithName(SOONER, DeadlineKind.DECISION.name());
    }

    @Test
    void anUpdateAlreadyEvaluatedIsNotEvaluatedAgain() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .andGivenCommands(update(1, STRATEGY, SOONER))
                .when(update(1, STRATEGY, SOONER))
                .expectNoEvents();
    }

    @Test
    void anUpdateTheEngineCannotJudgeIsRecordedWithTheReasonAndRaisesNothing() {
        fixture.given(opened(SECTION_17, false))
                .when(new ReevaluateTriage(ID, 1, KNIFE, "pc.one", null, null, "the threshold engine could not judge this update", null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof UpdateEvaluated e && e.raised().isEmpty() && e.recommendationProblem() != null),
                        andNoMore())));
    }

    // ---- a decision flagged for review is reviewed: it stands or is revised, and the flag is cleared ----

    static final FlaggedForReview FLAGGED = new FlaggedForReview(ID, 1, List.of("LEVEL", "RAG", "ROUTES"), "DECIDED", "worker.a",
            "Update 1 raised the level after the decision: review it.");
    static final UpdateEvaluated UPDATE_1 = new UpdateEvaluated(ID, 1, KNIFE, "demoshire-police", List.of("LEVEL", "RAG", "ROUTES"),
            null, null, STRATEGY, "RED", DECISION_DUE, DECISION_DUE, "DECIDED", "d-1");

    static ReviewFlaggedDecision stands() {
        return new ReviewFlaggedDecision(ID, "DECISION_STANDS", "the knife was found; the assessment already covers it", "worker.a",
                null, null, null);
    }

    static Object[] decidedAndFlagged() {
        return new Object[] {opened(SECTION_17, false), ALLOCATED, decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true),
                UPDATE_1, FLAGGED};
    }

    @Test
    void aFlaggedDecisionThatStandsClearsTheFlagAndChangesNothingElse() {
        fixture.given(decidedAndFlagged())
                .when(stands())
                .expectEvents(new DecisionReviewed(ID, List.of(1), "DECISION_STANDS",
                        "the knife was found; the assessment already covers it", "worker.a", null));
    }

    @Test
    void aReviewedFlagIsGoneAndAContactNeverFlaggedHasNothingToReview() {
        fixture.given(opened(SECTION_17, false), ALLOCATED, decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true))
                .when(stands())
                .expectException(ConflictException.class);
        fixture.given(decidedAndFlagged())
                .andGiven(new DecisionReviewed(ID, List.of(1), "DECISION_STANDS", "seen", "worker.a", null))
                .when(stands())
                .expectException(ConflictException.class);
    }

    @Test
    void everyUpdateThatFlaggedTheDecisionIsClearedByOneReview() {
        fixture.given(decidedAndFlagged())
                .andGiven(new FlaggedForReview(ID, 2, List.of("ROUTES"), "DECIDED", "worker.a", "Update 2 ..."))
                .when(stands())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof DecisionReviewed r && r.updateNumbers().equals(List.of(1, 2))), andNoMore())));
    }

    @Test
    void aReviewNeedsAKnownOutcomeAndARationale() {
        fixture.given(decidedAndFlagged())
                .when(new ReviewFlaggedDecision(ID, "LOOKS_FINE", "ok", "worker.a", null, null, null))
                .expectException(InvalidSubmissionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("outcome"));
        fixture.given(decidedAndFlagged())
                .when(new ReviewFlaggedDecision(ID, "DECISION_STANDS", " ", "worker.a", null, null, null))
                .expectException(InvalidSubmissionException.class);
        fixture.given(decidedAndFlagged())
                .when(new ReviewFlaggedDecision(ID, "DECISION_REVISED", "raise it", "worker.a", null, List.of("STRATEGY_DISCUSSION"), null))
                .expectException(InvalidSubmissionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("levelRank"));
    }

    @Test
    void aRevisedDecisionIsRecordedBesideTheFirstRoutedAndTheFlagCleared() {
        fixture.given(decidedAndFlagged())
                .when(new ReviewFlaggedDecision(ID, "DECISION_REVISED", "a knife was used: strategy discussion", "worker.a", 4,
                        List.of("STRATEGY_DISCUSSION"), null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof DecisionRecorded d && d.revision() && !d.authorisationRequired()
                                && d.level().rank() == 4 && d.routes().equals(List.of("STRATEGY_DISCUSSION"))
                                && d.rationale().equals("a knife was used: strategy discussion (revised on review of update 1)")
                                && d.decidedBy().equals("worker.a")),
                        matches(p -> p instanceof ContactRouted r && r.route().equals("STRATEGY_DISCUSSION")),
                        matches(p -> p instanceof DecisionReviewed r && r.outcome().equals("DECISION_REVISED") && r.decisionId() != null),
                        andNoMore())));
    }

    @Test
    void aRevisionBelowTheNewRecommendationWaitsForAManagerAsAFirstDecisionWould() {
        fixture.given(decidedAndFlagged())
                .when(new ReviewFlaggedDecision(ID, "DECISION_REVISED", "early help is enough", "worker.a", 2, List.of("EARLY_HELP"), null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(p -> p instanceof DecisionRecorded d && d.revision() && d.authorisationRequired()
                                && d.overrideDirection().equals("DOWN")),
                        matches(p -> p instanceof DecisionReviewed r && r.outcome().equals("DECISION_REVISED")),
                        andNoMore())))
                .expectScheduledDeadlineWithName(FixedPackContext.NOW.plusSeconds(4 * 3600), DeadlineKind.AUTHORISATION.name());
    }
}
