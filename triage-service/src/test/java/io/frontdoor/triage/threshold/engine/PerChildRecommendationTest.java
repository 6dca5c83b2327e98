package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.validation.Violation;
import io.frontdoor.triage.threshold.pack.Level;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.frontdoor.kernel.code.RouteCode.ACCOMMODATION_ASSESSMENT;
import static io.frontdoor.kernel.code.RouteCode.EARLY_HELP;
import static io.frontdoor.kernel.code.RouteCode.OTHER_SERVICE;
import static io.frontdoor.kernel.code.RouteCode.SECTION_17_ASSESSMENT;
import static io.frontdoor.kernel.code.RouteCode.STRATEGY_DISCUSSION;
import static io.frontdoor.triage.threshold.engine.Contacts.WEDNESDAY_MORNING;
import static io.frontdoor.triage.threshold.engine.Contacts.contact;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.DOMESTIC_ABUSE;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.HOMELESS_16_17;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.INJURY;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.MENTAL_HEALTH;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.NEGLECT;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.PACK;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.POOR_ATTENDANCE;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.SEXUAL_ACTIVITY;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.STRONG_SUPPORT;
import static io.frontdoor.triage.threshold.engine.ThresholdEngineTest.SUBSTANCE_MISUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One contact, several children: each child is judged on its own needs and age, the household's facts reach them all. */
class PerChildRecommendationTest {

    private final ThresholdEngine engine = new ThresholdEngine(Clock.fixed(WEDNESDAY_MORNING, ZoneOffset.UTC));

    static ContactSubmission.Child child(String name, LocalDate born, String... ownIndicators) {
        return new ContactSubmission.Child(name, "Example", born, null, null, null, null).withConcerns(List.of(ownIndicators), null);
    }

    static LocalDate aged(int years, int months) {
        return WEDNESDAY_MORNING.atZone(ThresholdEngine.LONDON).toLocalDate().minusYears(years).minusMonths(months).minusDays(3);
    }

    private Recommendation evaluate(Contacts contact) {
        return engine.evaluate(PACK, contact.build());
    }

    private static Recommendation.ChildRecommendation child(Recommendation recommendation, int index) {
        return recommendation.children().get(index);
    }

    private static String[] rules(Recommendation.ChildRecommendation child) {
        return child.triggeredRules().stream().map(Recommendation.TriggeredRule::id).toArray(String[]::new);
    }

    @Test
    void eachChildHasItsOwnRecommendationAndTheContactTakesTheHighestLevelAndEveryRoute() {
        Recommendation recommendation = evaluate(contact().children(
                child("Ada", aged(0, 3), INJURY),
                child("Ben", aged(15, 0), POOR_ATTENDANCE)));

        var ada = child(recommendation, 0);
        var ben = child(recommendation, 1);
        assertThat(ada.index()).isZero();
        assertThat(ada.name()).isEqualTo("Ada");
        assertThat(ada.level().rank()).isEqualTo(4);
        assertThat(ada.rag()).isEqualTo(Rag.RED);
        assertThat(ada.routes()).containsExactly(STRATEGY_DISCUSSION);
        assertThat(ada.consentRequired()).isFalse();
        assertThat(rules(ada)).containsExactly("engine-test.age.non-mobile-injury");
        assertThat(ada.triggeredRules().get(0).explanation()).startsWith("Ada: ");
        assertThat(ada.matchedIndicators()).extracting(Recommendation.MatchedIndicator::id).containsExactly(INJURY);
        assertThat(ada.summary()).startsWith("Ada: Level 4 Specialist (acute): RED.");

        assertThat(ben.index()).isEqualTo(1);
        assertThat(ben.level().rank()).isEqualTo(2);
        assertThat(ben.rag()).isEqualTo(Rag.GREEN);
        assertThat(ben.routes()).containsExactly(EARLY_HELP);
        assertThat(ben.consentRequired()).isTrue();
        assertThat(ben.triggeredRules()).isEmpty();
        assertThat(ben.matchedIndicators()).extracting(Recommendation.MatchedIndicator::id).containsExactly(POOR_ATTENDANCE);

        assertThat(recommendation.level().rank()).isEqualTo(4);
        assertThat(recommendation.rag()).isEqualTo(Rag.RED);
        assertThat(recommendation.routes()).containsExactly(STRATEGY_DISCUSSION, EARLY_HELP);
        assertThat(recommendation.consentRequired()).as("consent when any child's route needs it").isTrue();
        assertThat(recommendation.matchedIndicators()).extracting(Recommendation.MatchedIndicator::id).containsExactly(INJURY, POOR_ATTENDANCE);
        assertThat(recommendation.triggeredRules()).singleElement()
                .satisfies(rule -> assertThat(rule.explanation()).startsWith("Ada: "));
        assertThat(recommendation.decisionTimescale().name()).as("the most urgent child's").isEqualTo("rag.RED");
        assertThat(recommendation.summary()).startsWith("2 children. The most urgent: Level 4 Specialist (acute): RED.")
                .contains("Ada: Level 4 Specialist (acute): RED.").contains("Ben: Level 2 Additional: GREEN.");
    }

    @Test
    void theContactsConcernsApplyToEveryChildButAnAgeRuleOnlyToTheChildItConcerns() {
        Recommendation recommendation = evaluate(contact(INJURY).children(
                child("Ada", aged(0, 3)), child("Ben", aged(7, 0))));

        assertThat(child(recommendation, 0).level().rank()).isEqualTo(4);
        assertThat(rules(child(recommendation, 0))).containsExactly("engine-test.age.non-mobile-injury");
        assertThat(child(recommendation, 1).level().rank()).as("the injury counts for Ben, the baby rule does not").isEqualTo(3);
        assertThat(child(recommendation, 1).routes()).containsExactly(SECTION_17_ASSESSMENT);
        assertThat(child(recommendation, 1).triggeredRules()).isEmpty();
    }

    @Test
    void underThirteenIsJudgedOnTheChildWhoseConcernItIs() {
        Recommendation recommendation = evaluate(contact().children(
                child("Cal", aged(15, 0), SEXUAL_ACTIVITY), child("Dot", aged(10, 0))));

        assertThat(child(recommendation, 0).level().rank()).as("15 is not under 13").isEqualTo(3);
        assertThat(child(recommendation, 1).level().rank()).as("nothing was said about Dot").isEqualTo(1);
        assertThat(recommendation.triggeredRules()).isEmpty();
    }

    @Test
    void homelessSixteenOrSeventeenIsJudgedOnTheChildItConcerns() {
        Recommendation recommendation = evaluate(contact(HOMELESS_16_17).children(
                child("Eve", aged(16, 4)), child("Fin", aged(12, 0))));

        assertThat(child(recommendation, 0).routes()).containsExactly(ACCOMMODATION_ASSESSMENT);
        assertThat(child(recommendation, 1).routes()).doesNotContain(ACCOMMODATION_ASSESSMENT);
    }

    @Test
    void anUnbornBabyIsUnbornAndItsSiblingIsNot() {
        var unborn = new ContactSubmission.Child(null, "Example", null, LocalDate.parse("2027-02-01"), null, null, null);
        Recommendation recommendation = evaluate(contact(NEGLECT).children(child("Gus", aged(4, 0)), unborn));

        assertThat(child(recommendation, 1).name()).isEqualTo("Unborn baby (child 2)");
        assertThat(rules(child(recommendation, 1))).containsExactly("engine-test.age.unborn");
        assertThat(child(recommendation, 1).routes()).contains(OTHER_SERVICE);
        assertThat(child(recommendation, 0).triggeredRules()).isEmpty();
        assertThat(child(recommendation, 0).routes()).containsExactly(SECTION_17_ASSESSMENT);
    }

    @Test
    void householdFactsTickedOnOneChildReachEveryChild() {
        // domestic abuse ticked on Hal, mental health on Ivy, substance misuse for the contact: the trilogy is the household's
        Recommendation recommendation = evaluate(contact(SUBSTANCE_MISUSE).children(
                child("Hal", aged(9, 0), DOMESTIC_ABUSE), child("Ivy", aged(5, 0), MENTAL_HEALTH), child("Jo", aged(2, 0))));

        for (var child : recommendation.children()) {
            assertThat(rules(child)).as(child.name()).containsExactly("engine-test.immediate.trilogy-of-risk");
            assertThat(child.level().rank()).isEqualTo(4);
            assertThat(child.matchedIndicators()).extracting(Recommendation.MatchedIndicator::id)
                    .as("parenting indicators are the household's").containsExactlyInAnyOrder(SUBSTANCE_MISUSE, DOMESTIC_ABUSE, MENTAL_HEALTH);
        }
        assertThat(recommendation.triggeredRules()).singleElement()
                .satisfies(rule -> assertThat(rule.explanation()).startsWith("Hal, Ivy, Jo: "));
    }

    @Test
    void aDomesticAbuseNotificationReachesEveryChildOfTheHousehold() {
        Recommendation recommendation = evaluate(contact().domesticAbuse(DashRisk.MEDIUM, true).children(
                child("Kit", aged(1, 0)), child("Lou", aged(6, 0)), child("Max", aged(14, 0))));

        assertThat(recommendation.children()).hasSize(3).allSatisfy(child ->
                assertThat(rules(child)).containsExactly("engine-test.da.standard-or-medium"));
        assertThat(recommendation.routes()).containsExactly(RouteCode.DOMESTIC_ABUSE_TRIAGE);
    }

    @Test
    void protectiveFactorsStayWithTheChildTheyWereNotedFor() {
        Recommendation recommendation = evaluate(contact().children(
                child("Ned", aged(8, 0), STRONG_SUPPORT), child("Oli", aged(3, 0))));

        assertThat(child(recommendation, 0).protectiveFactors()).hasSize(1);
        assertThat(child(recommendation, 1).protectiveFactors()).isEmpty();
        assertThat(recommendation.protectiveFactors()).hasSize(1);
    }

    @Test
    void anUnknownIndicatorOnAChildIsNamedByTheChildsField() {
        var problem = catchThrowableOfType(InvalidSubmissionException.class, () -> evaluate(contact("engine-test.nope").children(
                child("Pip", aged(8, 0)), child("Quin", aged(3, 0), POOR_ATTENDANCE, "engine-test.unknown"))));

        assertThat(problem.violations()).extracting(Violation::field)
                .containsExactly("concerns.indicatorIds[0]", "children[1].indicatorIds[1]");
    }

    @Test
    void aSingleChildContactReadsAsBeforeWithItsOneChild() {
        Recommendation recommendation = evaluate(contact(NEGLECT));

        assertThat(recommendation.children()).singleElement().satisfies(child -> {
            assertThat(child.index()).isZero();
            assertThat(child.level()).isEqualTo(recommendation.level());
            assertThat(child.routes()).isEqualTo(recommendation.routes());
        });
        assertThat(recommendation.summary()).startsWith("Level 3 Targeted: AMBER.").endsWith("a qualified worker makes the decision.");
    }
}
