package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.pack.Domain;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.RuleKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.frontdoor.kernel.code.RouteCode.ACCOMMODATION_ASSESSMENT;
import static io.frontdoor.kernel.code.RouteCode.ADVICE_AND_SIGNPOSTING;
import static io.frontdoor.kernel.code.RouteCode.DOMESTIC_ABUSE_TRIAGE;
import static io.frontdoor.kernel.code.RouteCode.EARLY_HELP;
import static io.frontdoor.kernel.code.RouteCode.LADO;
import static io.frontdoor.kernel.code.RouteCode.MARAC;
import static io.frontdoor.kernel.code.RouteCode.OTHER_SERVICE;
import static io.frontdoor.kernel.code.RouteCode.PRIVATE_FOSTERING_ASSESSMENT;
import static io.frontdoor.kernel.code.RouteCode.SECTION_17_ASSESSMENT;
import static io.frontdoor.kernel.code.RouteCode.STRATEGY_DISCUSSION;
import static io.frontdoor.triage.threshold.engine.Contacts.childAged;
import static io.frontdoor.triage.threshold.engine.Contacts.childBorn;
import static io.frontdoor.triage.threshold.engine.Contacts.contact;
import static io.frontdoor.triage.threshold.engine.Contacts.unbornDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ThresholdEngineTest {

    static final Pack PACK = new PackLoader().load("packs-test/", "engine-test");

    static final String HEALTHY = "engine-test.l1.child.health.healthy";
    static final String POOR_ATTENDANCE = "engine-test.l2.child.education.poor-attendance";
    static final String POVERTY = "engine-test.l2.family.income.poverty";
    static final String BEREAVEMENT = "engine-test.l2.family.family-history.bereavement";
    static final String DOMESTIC_ABUSE = "engine-test.l2.parenting.ensuring-safety.domestic-abuse";
    static final String MENTAL_HEALTH = "engine-test.l2.parenting.basic-care.mental-health";
    static final String SUBSTANCE_MISUSE = "engine-test.l2.parenting.basic-care.substance-misuse";
    static final String PRIVATE_FOSTERING = "engine-test.l2.family.family-history.private-fostering";
    static final String NEGLECT = "engine-test.l3.parenting.basic-care.neglect";
    static final String INJURY = "engine-test.l3.child.health.injury";
    static final String SEXUAL_ACTIVITY = "engine-test.l3.child.health.sexual-activity";
    static final String HOMELESS_16_17 = "engine-test.l3.family.housing.homeless-16-17";
    static final String STRONG_SUPPORT = "engine-test.l3.family.family-history.strong-support";
    static final String UNEXPLAINED_INJURY = "engine-test.l4.child.health.unexplained-injury";

    private final ThresholdEngine engine = new ThresholdEngine(Clock.fixed(Instant.parse("2026-11-18T10:15:00Z"), ZoneOffset.UTC));

    private Recommendation evaluate(Contacts contact) {
        return engine.evaluate(PACK, contact.build());
    }

    private static String[] rulesFired(Recommendation recommendation) {
        return recommendation.triggeredRules().stream().map(Recommendation.TriggeredRule::id).toArray(String[]::new);
    }

    // The indicator floor

    @Test
    void withNothingTickedTheLevelIsUniversal() {
        Recommendation recommendation = evaluate(contact());

        assertThat(recommendation.level()).isEqualTo(new Recommendation.LevelOfNeed(LevelCode.UNIVERSAL, 1, "Level 1 Universal"));
        assertThat(recommendation.rag()).isEqualTo(Rag.GREEN);
        assertThat(recommendation.routes()).containsExactly(ADVICE_AND_SIGNPOSTING);
        assertThat(recommendation.consentRequired()).isFalse();
        assertThat(recommendation.triggeredRules()).isEmpty();
        assertThat(recommendation.decisionTimescale())
                .isEqualTo(new Recommendation.DecisionTimescale("rag.GREEN", Timescale.of(3, Timescale.Unit.WORKING_DAYS)));
        assertThat(recommendation.summary()).startsWith("Level 1 Universal: GREEN. Routes: Advice and signposting. Why: no indicator of need was ticked");
    }

    @Test
    void theHighestTickedIndicatorSetsTheLevelAndEveryTickedIndicatorIsNamed() {
        Recommendation recommendation = evaluate(contact(HEALTHY, POVERTY, NEGLECT));

        assertThat(recommendation.level().rank()).isEqualTo(3);
        assertThat(recommendation.level().code()).isEqualTo(LevelCode.TARGETED);
        assertThat(recommendation.rag()).isEqualTo(Rag.AMBER);
        assertThat(recommendation.routes()).containsExactly(SECTION_17_ASSESSMENT);
        assertThat(recommendation.routeDetails()).containsExactly(
                new Recommendation.RouteDetail(SECTION_17_ASSESSMENT, "Child in need assessment", true));
        assertThat(recommendation.consentRequired()).isTrue();
        assertThat(recommendation.matchedIndicators()).extracting(Recommendation.MatchedIndicator::id).containsExactly(HEALTHY, POVERTY, NEGLECT);
        assertThat(recommendation.matchedIndicators().get(2)).isEqualTo(new Recommendation.MatchedIndicator(
                NEGLECT, 3, Domain.PARENTING_CAPACITY, "basic-care", "Persistent neglect of basic care"));
        assertThat(recommendation.decisionTimescale().name()).isEqualTo("rag.AMBER");
        assertThat(recommendation.summary()).startsWith("Level 3 Targeted: AMBER. Routes: Child in need assessment. "
                + "Why: the highest need ticked is at Level 3 Targeted: \"Persistent neglect of basic care\".");
        assertThat(recommendation.summary()).contains("Consent: the family's agreement is needed");
        assertThat(recommendation.summary()).contains("Decision due within 1 working day.");
    }

    @Test
    void aLevelTwoNeedTakesTheLevelsDefaultRouteWithConsent() {
        Recommendation recommendation = evaluate(contact(POVERTY));

        assertThat(recommendation.level().rank()).isEqualTo(2);
        assertThat(recommendation.rag()).isEqualTo(Rag.GREEN);
        assertThat(recommendation.routes()).containsExactly(EARLY_HELP);
        assertThat(recommendation.consentRequired()).isTrue();
    }

    @Test
    void anIndicatorTickedTwiceCountsOnce() {
        assertThat(evaluate(contact(POVERTY, POVERTY)).matchedIndicators()).hasSize(1);
    }

    // Each `when` condition

    @Test
    void allFactsNeedsEveryFact() {
        Recommendation trilogy = evaluate(contact(DOMESTIC_ABUSE, MENTAL_HEALTH, SUBSTANCE_MISUSE));
        assertThat(trilogy.level().rank()).isEqualTo(4);
        assertThat(trilogy.rag()).isEqualTo(Rag.RED);
        assertThat(trilogy.routes()).containsExactly(STRATEGY_DISCUSSION);
        assertThat(trilogy.consentRequired()).isFalse();
        assertThat(rulesFired(trilogy)).containsExactly("engine-test.immediate.trilogy-of-risk");
        assertThat(trilogy.summary()).contains("Domestic abuse, adult mental health and substance misuse together require an immediate referral.");

        Recommendation twoOfThree = evaluate(contact(DOMESTIC_ABUSE, MENTAL_HEALTH));
        assertThat(twoOfThree.level().rank()).isEqualTo(2);
        assertThat(twoOfThree.triggeredRules()).isEmpty();
    }

    @Test
    void allFactsMayBeMetPartlyByDerivedFacts() {
        // the `domestic-abuse` fact also comes from the submission's domesticAbuse block
        Recommendation recommendation = evaluate(contact(MENTAL_HEALTH, SUBSTANCE_MISUSE).domesticAbuse(DashRisk.STANDARD, false));
        assertThat(rulesFired(recommendation)).contains("engine-test.immediate.trilogy-of-risk");
    }

    @Test
    void anyIndicatorsFiresOnTheNamedIndicator() {
        Recommendation recommendation = evaluate(contact(UNEXPLAINED_INJURY));

        assertThat(recommendation.level().rank()).isEqualTo(4);
        assertThat(recommendation.rag()).isEqualTo(Rag.RED);
        assertThat(recommendation.routes()).containsExactly(STRATEGY_DISCUSSION);
        assertThat(rulesFired(recommendation)).containsExactly("engine-test.immediate.unexplained-injury");
        assertThat(recommendation.triggeredRules().get(0).kind()).isEqualTo(RuleKind.IMMEDIATE_REFERRAL);
    }

    @Test
    void childAgeUnderMonthsCountsCompletedMonths() {
        ContactSubmission.Child fiveMonths = childBorn("2026-06-19");
        ContactSubmission.Child sixMonthsToTheDay = childBorn("2026-05-18");

        Recommendation baby = evaluate(contact(INJURY).children(fiveMonths));
        assertThat(baby.level().rank()).isEqualTo(4);
        assertThat(baby.rag()).isEqualTo(Rag.RED);
        assertThat(rulesFired(baby)).containsExactly("engine-test.age.non-mobile-injury");

        Recommendation older = evaluate(contact(INJURY).children(sixMonthsToTheDay));
        assertThat(older.level().rank()).isEqualTo(3);
        assertThat(older.triggeredRules()).isEmpty();
    }

    @Test
    void anyChildOfTheHouseholdCanMeetAnAgeCondition() {
        Recommendation recommendation = evaluate(contact(INJURY).children(childAged(7), childBorn("2026-09-01")));
        assertThat(rulesFired(recommendation)).containsExactly("engine-test.age.non-mobile-injury");
    }

    @Test
    void childAgeUnderYears() {
        assertThat(evaluate(contact(SEXUAL_ACTIVITY).children(childAged(12))).level().rank()).isEqualTo(4);
        Recommendation thirteen = evaluate(contact(SEXUAL_ACTIVITY).children(childAged(13)));
        assertThat(thirteen.level().rank()).isEqualTo(3);
        assertThat(thirteen.routes()).containsExactly(SECTION_17_ASSESSMENT);
    }

    @Test
    void theAgeConditionsOfOneRuleMustHoldForTheSameChild() {
        Recommendation seventeen = evaluate(contact(HOMELESS_16_17).children(childAged(17)));
        assertThat(rulesFired(seventeen)).containsExactly("engine-test.age.homeless-16-17");
        assertThat(seventeen.routes()).containsExactly(ACCOMMODATION_ASSESSMENT);
        assertThat(evaluate(contact(HOMELESS_16_17).children(childAged(16))).routes()).containsExactly(ACCOMMODATION_ASSESSMENT);

        // 15 is under 18 and 19 is at least 16, but no one child is both
        Recommendation neither = evaluate(contact(HOMELESS_16_17).children(childAged(15), childAged(19)));
        assertThat(neither.triggeredRules()).isEmpty();
        assertThat(neither.routes()).containsExactly(SECTION_17_ASSESSMENT);
    }

    @Test
    void agesAreTakenOnTheLondonDateOfReceipt() {
        // 23:30 UTC on 18 May 2026 is 00:30 on 19 May in London (BST): the child born 19 May 2013 is 13 there.
        Recommendation recommendation = evaluate(contact(SEXUAL_ACTIVITY).children(childBorn("2013-05-19")).receivedAt("2026-05-18T23:30:00Z"));
        assertThat(recommendation.level().rank()).isEqualTo(3);
        Recommendation dayBefore = evaluate(contact(SEXUAL_ACTIVITY).children(childBorn("2013-05-19")).receivedAt("2026-05-18T22:30:00Z"));
        assertThat(dayBefore.level().rank()).isEqualTo(4);
    }

    @Test
    void withoutReceivedAtTheEngineJudgesAtTheTimeOfEvaluation() {
        Recommendation recommendation = evaluate(contact(INJURY).children(childBorn("2026-08-01")).receivedAt(null));
        assertThat(recommendation.asOf()).isEqualTo(Instant.parse("2026-11-18T10:15:00Z"));
        assertThat(rulesFired(recommendation)).containsExactly("engine-test.age.non-mobile-injury");
    }

    @Test
    void anUnbornChildMeetsNoAgeConditionButIsAFact() {
        Recommendation injury = evaluate(contact(INJURY).children(unbornDue("2027-02-01")));
        assertThat(injury.triggeredRules()).extracting(Recommendation.TriggeredRule::id).doesNotContain("engine-test.age.non-mobile-injury");
        assertThat(evaluate(contact(SEXUAL_ACTIVITY).children(unbornDue("2027-02-01"))).level().rank()).isEqualTo(3);

        Recommendation unbornNeglect = evaluate(contact(NEGLECT).children(unbornDue("2027-02-01")));
        assertThat(rulesFired(unbornNeglect)).containsExactly("engine-test.age.unborn");
    }

    @Test
    void anyFactsAndDerivedDomesticAbuseFacts() {
        Recommendation medium = evaluate(contact().domesticAbuse(DashRisk.MEDIUM, true));
        assertThat(rulesFired(medium)).containsExactly("engine-test.da.standard-or-medium");
        assertThat(medium.routes()).containsExactly(DOMESTIC_ABUSE_TRIAGE);
        assertThat(medium.rag()).isEqualTo(Rag.AMBER);
        assertThat(medium.level().rank()).isEqualTo(1);

        Recommendation noChildrenPresent = evaluate(contact().domesticAbuse(DashRisk.MEDIUM, false));
        assertThat(noChildrenPresent.triggeredRules()).isEmpty();
        assertThat(noChildrenPresent.routes()).containsExactly(ADVICE_AND_SIGNPOSTING);
    }

    @Test
    void levelAtLeastSeesTheLevelRaisedByEarlierRulesOnly() {
        Recommendation recommendation = evaluate(contact(BEREAVEMENT).consent(ConsentStatus.REFUSED));

        assertThat(recommendation.level().rank()).isEqualTo(3);
        assertThat(rulesFired(recommendation)).containsExactly("engine-test.floor.bereavement", "engine-test.consent.refused-level-3");
        assertThat(recommendation.advice()).containsExactly("Consent refused: reassess the risk and consider whether the needs escalate to child protection.");
        // the bereavement rule raised the level to 3 and gave no routes: the level's own route applies
        assertThat(recommendation.routes()).containsExactly(SECTION_17_ASSESSMENT);
    }

    @Test
    void noneFactsBarsTheRule() {
        Recommendation recommendation = evaluate(contact(NEGLECT).consent(ConsentStatus.REFUSED).immediateDanger());
        assertThat(rulesFired(recommendation)).doesNotContain("engine-test.consent.refused-level-3");
        assertThat(rulesFired(recommendation)).contains("engine-test.immediate.danger");
    }

    @Test
    void agencyAndKnownToServicesFacts() {
        Recommendation police = evaluate(contact(PRIVATE_FOSTERING).knownToServices());
        assertThat(rulesFired(police)).containsExactly("engine-test.special.private-fostering", "engine-test.floor.known-to-services-by-police");

        Recommendation health = evaluate(contact(PRIVATE_FOSTERING).knownToServices().referredBy(AgencyType.HEALTH));
        assertThat(rulesFired(health)).containsExactly("engine-test.special.private-fostering");
    }

    // Each `then` effect

    @Test
    void rulesRaiseButNeverLowerTheLevel() {
        // the homeless rule says level 3; the level 4 indicator keeps level 4
        Recommendation recommendation = evaluate(contact(HOMELESS_16_17, UNEXPLAINED_INJURY).children(childAged(17)));
        assertThat(recommendation.level().rank()).isEqualTo(4);
        assertThat(recommendation.routes()).containsExactlyInAnyOrder(STRATEGY_DISCUSSION, ACCOMMODATION_ASSESSMENT);
    }

    @Test
    void ragIsTheLevelsOwnRaisedByRules() {
        // level 1 is GREEN; the LADO rule says AMBER
        assertThat(evaluate(contact().allegationAgainstPersonInPositionOfTrust()).rag()).isEqualTo(Rag.AMBER);
        // level 3 is AMBER already; the homeless rule says nothing about urgency
        assertThat(evaluate(contact(HOMELESS_16_17).children(childAged(17))).rag()).isEqualTo(Rag.AMBER);
    }

    @Test
    void levelRoutesKeepsTheLevelsDefaultRoutesAndDueNamesTheTimescale() {
        Recommendation recommendation = evaluate(contact().allegationAgainstPersonInPositionOfTrust());

        assertThat(recommendation.routes()).containsExactly(LADO, ADVICE_AND_SIGNPOSTING);
        assertThat(recommendation.decisionTimescale()).isEqualTo(new Recommendation.DecisionTimescale("lado", Timescale.of(1, Timescale.Unit.WORKING_DAYS)));
        assertThat(recommendation.summary()).contains("Routes: Local Authority Designated Officer, Advice and signposting.")
                .contains("Decision due within 1 working day.");
    }

    @Test
    void levelRoutesUsesTheFinalLevel() {
        Recommendation recommendation = evaluate(contact(NEGLECT).children(unbornDue("2027-02-01")));
        assertThat(recommendation.routes()).containsExactly(OTHER_SERVICE, SECTION_17_ASSESSMENT);
        assertThat(recommendation.consentRequired()).isTrue();
    }

    @Test
    void ruleRoutesReplaceTheLevelsDefaultRoutes() {
        Recommendation recommendation = evaluate(contact(PRIVATE_FOSTERING));
        assertThat(recommendation.level().rank()).isEqualTo(2);
        assertThat(recommendation.routes()).containsExactly(PRIVATE_FOSTERING_ASSESSMENT);
        assertThat(recommendation.consentRequired()).isFalse();
    }

    @Test
    void withoutRoutesTakesARouteAwayWhicheverRuleGaveIt() {
        Recommendation high = evaluate(contact().domesticAbuse(DashRisk.HIGH, true));
        assertThat(high.level().rank()).isEqualTo(4);
        assertThat(high.rag()).isEqualTo(Rag.RED);
        assertThat(high.routes()).containsExactly(MARAC, STRATEGY_DISCUSSION);

        Recommendation mediumInDanger = evaluate(contact().domesticAbuse(DashRisk.MEDIUM, true).immediateDanger());
        assertThat(rulesFired(mediumInDanger)).containsExactly("engine-test.da.standard-or-medium", "engine-test.immediate.danger");
        assertThat(mediumInDanger.routes()).containsExactly(STRATEGY_DISCUSSION);
    }

    @Test
    void whenRemovalsLeaveNoRouteTheLevelsRoutesStand() {
        Recommendation school = evaluate(contact(POOR_ATTENDANCE).referredBy(AgencyType.EDUCATION));
        assertThat(rulesFired(school)).containsExactly("engine-test.special.early-help-only-by-school");
        assertThat(school.routes()).containsExactly(EARLY_HELP);
    }

    @Test
    void theLastRuleThatNamesATimescaleSetsTheDecisionTime() {
        Recommendation recommendation = evaluate(contact().allegationAgainstPersonInPositionOfTrust().immediateDanger());
        assertThat(recommendation.decisionTimescale()).isEqualTo(
                new Recommendation.DecisionTimescale("strategyDiscussion", Timescale.of(24, Timescale.Unit.HOURS)));
        assertThat(recommendation.routes()).containsExactly(LADO, STRATEGY_DISCUSSION);
    }

    @Test
    void withoutADueTheDecisionTimeIsTheUrgencysOwn() {
        assertThat(evaluate(contact(UNEXPLAINED_INJURY)).decisionTimescale())
                .isEqualTo(new Recommendation.DecisionTimescale("rag.RED", Timescale.of(4, Timescale.Unit.WORKING_HOURS)));
    }

    @Test
    void aRulesWordOnConsentWinsOverTheRoutes() {
        // private fostering route needs no consent; the known-to-services rule says it does
        assertThat(evaluate(contact(PRIVATE_FOSTERING).knownToServices()).consentRequired()).isTrue();
        // the accommodation assessment needs consent; the unexplained-injury rule says none is needed
        Recommendation injured = evaluate(contact(UNEXPLAINED_INJURY, HOMELESS_16_17).children(childAged(17)));
        assertThat(injured.routes()).contains(ACCOMMODATION_ASSESSMENT);
        assertThat(injured.consentRequired()).isFalse();
    }

    @Test
    void aRedContactOutOfHoursIsToldToGoToTheOutOfHoursService() {
        Recommendation saturday = evaluate(contact(UNEXPLAINED_INJURY).receivedAt("2026-11-21T11:00:00Z"));
        assertThat(saturday.receivedOutOfHours()).isTrue();
        assertThat(saturday.advice()).anySatisfy(advice -> assertThat(advice).contains("Emergency Duty Team"));

        Recommendation fridayEvening = evaluate(contact(POVERTY).receivedAt("2026-11-20T16:45:00Z"));
        assertThat(fridayEvening.receivedOutOfHours()).isTrue();
        assertThat(fridayEvening.advice()).isEmpty();

        assertThat(evaluate(contact(UNEXPLAINED_INJURY)).receivedOutOfHours()).isFalse();
    }

    // Protective factors

    @Test
    void areListedButNeverRaiseTheLevelNorFireRules() {
        Recommendation recommendation = evaluate(contact(STRONG_SUPPORT));

        assertThat(recommendation.level().rank()).isEqualTo(1);
        assertThat(recommendation.matchedIndicators()).isEmpty();
        assertThat(recommendation.triggeredRules()).isEmpty();
        assertThat(recommendation.protectiveFactors()).containsExactly(
                new Recommendation.ProtectiveFactor(STRONG_SUPPORT, "Grandparents give strong, steady support"));
        assertThat(recommendation.summary()).contains("Strengths noted").contains("Grandparents give strong, steady support");
    }

    @Test
    void neverLowerTheLevel() {
        Recommendation recommendation = evaluate(contact(UNEXPLAINED_INJURY, STRONG_SUPPORT));
        assertThat(recommendation.level().rank()).isEqualTo(4);
        assertThat(recommendation.rag()).isEqualTo(Rag.RED);
        assertThat(recommendation.protectiveFactors()).hasSize(1);
    }

    // Bad input

    @Test
    void unknownIndicatorsAreErrorsListedOneByOne() {
        ContactSubmission contact = contact(POVERTY, "engine-test.l9.nope", NEGLECT, "luton.l4.child.health.x", " ").build();

        InvalidSubmissionException invalid = catchThrowableOfType(InvalidSubmissionException.class, () -> engine.evaluate(PACK, contact));

        assertThat(invalid.violations()).extracting(Violation::field)
                .containsExactly("concerns.indicatorIds[1]", "concerns.indicatorIds[3]", "concerns.indicatorIds[4]");
        assertThat(invalid.violations().get(0).message()).contains("engine-test.l9.nope").contains("engine-test");
        assertThat(invalid.violations().get(1).message()).contains("luton.l4.child.health.x");
    }

    @Test
    void aContactWithoutChildrenOrConcernsIsStillJudged() {
        ContactSubmission bare = ContactSubmission.builder().build();
        Recommendation recommendation = engine.evaluate(PACK, bare);
        assertThat(recommendation.level().rank()).isEqualTo(1);
        assertThat(recommendation.pack()).isEqualTo(new Recommendation.PackVersion("engine-test", "1.0-test"));
    }
}
