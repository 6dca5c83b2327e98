package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.LevelOfNeed;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.triage.Recommended.ChildRecommended;
import io.frontdoor.triage.triage.TriageCommands.*;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One contact, several children: each child decided, judged, authorised and routed as its own. */
class PerChildDecisionTest {

    static final String ID = "contact-siblings";
    static final Instant RECEIVED = Instant.parse("2026-11-18T10:15:00Z");
    static final AuthorisationRules RULES = new AuthorisationRules(true, true, List.of());

    /** The engine's advice for a baby with a bruise (Ada: level 4, strategy discussion) and her brother of 15 (Ben: level 2, early help). */
    static final Recommended BABY_AND_TEENAGER = new Recommended(4, Rag.RED, List.of(RouteCode.STRATEGY_DISCUSSION, RouteCode.EARLY_HELP), List.of(
            new ChildRecommended(0, 4, Rag.RED, List.of(RouteCode.STRATEGY_DISCUSSION)),
            new ChildRecommended(1, 2, Rag.GREEN, List.of(RouteCode.EARLY_HELP))));

    AggregateTestFixture<Triage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Triage.class);
        fixture.registerInjectableResource(new FixedPackContext());
    }

    static ContactSubmission.Child child(String name, String born) {
        return new ContactSubmission.Child(name, "Example", LocalDate.parse(born), null, null, null,
                new ContactSubmission.Address("1 Example Row", null, null, "NG1 1AA"));
    }

    static TriageOpened opened(Recommended recommended, boolean policeDa, ContactSubmission.Child... children) {
        var submission = ContactSubmission.builder().packId("nottingham-city").externalReference("REF-SIB")
                .receivedAt(RECEIVED)
                .referrer(new ContactSubmission.Referrer(policeDa ? AgencyType.POLICE : AgencyType.HEALTH, "Testshire", "A Referrer", null, null, null))
                .children(List.of(children)).build();
        return new TriageOpened(ID, submission, RECEIVED, recommended, null, null, recommended.rag().name(), RECEIVED.plusSeconds(4 * 3600),
                false, RULES, policeDa, null, "d-1", null);
    }

    static final TriageAllocated ALLOCATED = new TriageAllocated(ID, "worker.a", "manager.m", null);

    static LevelOfNeed level(int rank) {
        return new FixedPackContext().level("nottingham-city", rank);
    }

    @Test
    void aBabyWithABruiseAndHerTeenageBrotherEachGetTheirOwnDecisionAndRoute() {
        fixture.given(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")), ALLOCATED)
                .when(new RecordDecision(ID, 4, List.of("STRATEGY_DISCUSSION"), "the baby's bruise needs a strategy discussion", "worker.a",
                        null, List.of(new ChildDecision(1, 2, List.of("EARLY_HELP"), "Ben's attendance: school-led early help"))))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof DecisionRecorded d
                                        && d.level().equals(level(4)) && d.routes().equals(List.of("STRATEGY_DISCUSSION", "EARLY_HELP"))
                                        && d.overrideDirection().equals("NONE") && !d.authorisationRequired() && d.acceptedForSocialCare()
                                        && d.children().equals(List.of(
                                        new TriageEvents.ChildDecided(0, "Ada", level(4),
                                                List.of("STRATEGY_DISCUSSION"), "the baby's bruise needs a strategy discussion", "NONE", false,
                                                null, true),
                                        new TriageEvents.ChildDecided(1, "Ben", level(2),
                                                List.of("EARLY_HELP"), "Ben's attendance: school-led early help", "NONE", false, null, false)))),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof ContactRouted r
                                        && r.route().equals("STRATEGY_DISCUSSION") && r.childIndexes().equals(List.of(0))),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof ContactRouted r
                                        && r.route().equals("EARLY_HELP") && r.childIndexes().equals(List.of(1))),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof FeedbackDue due
                                        && due.kind().equals("NOT_ACCEPTED") && due.dueAt().equals(FixedPackContext.NOW.plusSeconds(24 * 3600))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aDecisionWithoutChildrenIsEveryChildsAndEachIsJudgedAgainstItsOwnRecommendation() {
        fixture.given(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")), ALLOCATED)
                .when(new RecordDecision(ID, 4, List.of("STRATEGY_DISCUSSION"), "both children are discussed", "worker.a", null))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof DecisionRecorded d
                                        && d.children().size() == 2
                                        && d.children().get(0).overrideDirection().equals("NONE")
                                        && d.children().get(1).overrideDirection().equals("UP")
                                        && d.children().get(1).level().rank() == 4
                                        && d.overrideDirection().equals("ROUTES_ONLY") && !d.authorisationRequired()),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof ContactRouted r
                                        && r.route().equals("STRATEGY_DISCUSSION") && r.childIndexes().equals(List.of(0, 1))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void oneChildsDecisionBelowItsRecommendationWaitsForAManagerWhileTheOthersNeedNone() {
        var threeAtLevelThree = new Recommended(3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT), List.of(
                new ChildRecommended(0, 3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT)),
                new ChildRecommended(1, 3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT)),
                new ChildRecommended(2, 3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT))));
        var given = fixture.given(opened(threeAtLevelThree, false, child("Cal", "2015-02-02"), child("Dot", "2018-03-03"),
                child("Eli", "2010-04-04")), ALLOCATED);
        var decision = new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "neglect of the younger two", "worker.a", null,
                List.of(new ChildDecision(2, 2, List.of("EARLY_HELP"), "Eli is 16 and his needs are met at school")));

        given.when(decision)
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof DecisionRecorded d
                                        && d.authorisationRequired()
                                        && d.authorisationReason().equals("Eli: the decision is below the recommended level (override downwards)")
                                        && !d.children().get(0).authorisationRequired() && !d.children().get(1).authorisationRequired()
                                        && d.children().get(2).authorisationRequired() && d.children().get(2).overrideDirection().equals("DOWN")
                                        && d.authorisationDueAt().equals(FixedPackContext.NOW.plusSeconds(4 * 3600))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));

        fixture.given(opened(threeAtLevelThree, false, child("Cal", "2015-02-02"), child("Dot", "2018-03-03"), child("Eli", "2010-04-04")),
                        ALLOCATED)
                .andGivenCommands(decision)
                .when(new AuthoriseDecision(ID, "manager.m"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(DecisionAuthorised.class::isInstance),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof ContactRouted r
                                        && r.route().equals("SECTION_17_ASSESSMENT") && r.childIndexes().equals(List.of(0, 1))),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof ContactRouted r
                                        && r.route().equals("EARLY_HELP") && r.childIndexes().equals(List.of(2))),
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof FeedbackDue due
                                        && due.kind().equals("NOT_ACCEPTED")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void noFurtherActionForOneChildOfAPoliceDomesticAbuseNotificationNeedsAuthorisation() {
        var household = new Recommended(3, Rag.AMBER, List.of(RouteCode.DOMESTIC_ABUSE_TRIAGE), List.of(
                new ChildRecommended(0, 3, Rag.AMBER, List.of(RouteCode.DOMESTIC_ABUSE_TRIAGE)),
                new ChildRecommended(1, 3, Rag.AMBER, List.of(RouteCode.DOMESTIC_ABUSE_TRIAGE))));
        fixture.given(opened(household, true, child("Fay", "2020-01-01"), child("Gil", "2009-01-01")), ALLOCATED)
                .when(new RecordDecision(ID, 3, List.of("DOMESTIC_ABUSE_TRIAGE"), "the household goes to the weekly meeting", "worker.a", null,
                        List.of(new ChildDecision(1, 3, List.of("ADVICE_AND_SIGNPOSTING"), "Gil is at university and lives away"))))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof DecisionRecorded d
                                        && d.authorisationRequired() && !d.children().get(0).authorisationRequired()
                                        && d.authorisationReason().equals("Gil: no further action on a police domestic abuse notification")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aVariedDecisionNamesEachFieldAtFault() {
        fixture.given(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")), ALLOCATED)
                .when(new RecordDecision(ID, 4, List.of("STRATEGY_DISCUSSION"), "why", "worker.a", null, List.of(
                        new ChildDecision(1, 7, List.of("NOWHERE"), null),
                        new ChildDecision(1, null, null, null),
                        new ChildDecision(5, 2, List.of("EARLY_HELP"), null))))
                .expectException(InvalidSubmissionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("children[0].levelRank"),
                        org.hamcrest.Matchers.containsString("children[0].routes[0]"),
                        org.hamcrest.Matchers.containsString("children[1].childIndex"),
                        org.hamcrest.Matchers.containsString("children[2].childIndex")));
    }

    @Test
    void whenEveryChildIsVariedTheDecisionForAllMayBeLeftOut() {
        fixture.given(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")), ALLOCATED)
                .when(new RecordDecision(ID, 0, null, "each child on their own", "worker.a", null, List.of(
                        new ChildDecision(0, 4, List.of("STRATEGY_DISCUSSION"), null),
                        new ChildDecision(1, 2, List.of("EARLY_HELP"), null))))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.<Object>matches(payload -> payload instanceof DecisionRecorded d
                                        && d.level().rank() == 4 && d.routes().equals(List.of("STRATEGY_DISCUSSION", "EARLY_HELP"))
                                        && d.overrideDirection().equals("NONE")
                                        && d.children().get(1).rationale().equals("each child on their own")),
                                org.hamcrest.Matchers.anything(),
                                org.hamcrest.Matchers.anything(),
                                org.hamcrest.Matchers.anything(),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void eachChildsStrategyDiscussionHasItsOwnOutcomeAndSection47Enquiry() {
        var given = List.<Object>of(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")),
                new ContactRouted(ID, "STRATEGY_DISCUSSION", "strategy", Map.of(), null, List.of(0, 1)));
        fixture.given(given)
                .when(new RecordStrategyDiscussionOutcome(ID, true, "police, health", "worker.a", List.of(0)))
                .expectEvents(new StrategyDiscussionOutcomeRecorded(ID, true, "police, health", "worker.a", List.of(0)),
                        new ContactRouted(ID, "SECTION_47_ENQUIRY", "local SECTION_47_ENQUIRY", Map.of("from", "STRATEGY_DISCUSSION"), null,
                                List.of(0), List.of("Ada")));
        fixture.given(given.get(0), given.get(1), new StrategyDiscussionOutcomeRecorded(ID, true, "police, health", "worker.a", List.of(0)))
                .when(new RecordStrategyDiscussionOutcome(ID, false, "police, health", "worker.a"))
                .expectEvents(new StrategyDiscussionOutcomeRecorded(ID, false, "police, health", "worker.a", List.of(1)));
        fixture.given(given.get(0), given.get(1), new StrategyDiscussionOutcomeRecorded(ID, true, "police", "worker.a", List.of(0)))
                .when(new RecordStrategyDiscussionOutcome(ID, false, "police", "worker.a", List.of(0)))
                .expectException(ConflictException.class);
        fixture.given(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")),
                        new ContactRouted(ID, "STRATEGY_DISCUSSION", "strategy", Map.of(), null, List.of(0)))
                .when(new RecordStrategyDiscussionOutcome(ID, false, "police", "worker.a", List.of(1)))
                .expectException(ConflictException.class);
    }

    @Test
    void aRouteRecordedBeforeRoutesWerePerChildWasEveryChilds() {
        fixture.given(opened(BABY_AND_TEENAGER, false, child("Ada", "2026-07-10"), child("Ben", "2011-09-01")),
                        new ContactRouted(ID, "STRATEGY_DISCUSSION", "strategy", Map.of(), null))
                .when(new RecordStrategyDiscussionOutcome(ID, false, "police", "worker.a"))
                .expectEvents(new StrategyDiscussionOutcomeRecorded(ID, false, "police", "worker.a", List.of(0, 1)));
    }
}
