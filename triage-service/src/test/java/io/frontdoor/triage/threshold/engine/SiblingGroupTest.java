package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.pack.Pack;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;

import static io.frontdoor.triage.threshold.engine.Contacts.WEDNESDAY_MORNING;
import static io.frontdoor.triage.threshold.engine.Contacts.contact;
import static io.frontdoor.triage.threshold.engine.PerChildRecommendationTest.aged;
import static io.frontdoor.triage.threshold.engine.PerChildRecommendationTest.child;
import static org.assertj.core.api.Assertions.assertThat;

/** Sibling groups under Nottingham City's shipped pack, each resting on a line of seed 003. */
class SiblingGroupTest {

    static final Pack NOTTINGHAM = new PackLoader().load("nottingham-city");

    /** 003 line 632: "A non-mobile child with a unexplained, inconsistent and conflicting bruising and/or mark" */
    static final String NON_MOBILE_BRUISING = "nottingham-city.l4.child.immediate-referral.non-mobile-child-bruising";
    /** 003 line 808 (Early Help): "Poor school, college and/or alternative provision attendance" */
    static final String POOR_ATTENDANCE = "nottingham-city.l2.child.education.poor-attendance";
    /** 003 line 938 (Early Help Targeted): "Witnesses and experiences domestic violence & abuse" */
    static final String WITNESSES_DOMESTIC_ABUSE = "nottingham-city.l3.child.emotional-behavioural.witnesses-domestic-abuse";

    private final ThresholdEngine engine = new ThresholdEngine(Clock.fixed(WEDNESDAY_MORNING, ZoneOffset.UTC));

    @Test
    void aBabyWithABruiseAndATeenageSiblingAreJudgedEachOnTheirOwn() {
        Recommendation recommendation = engine.evaluate(NOTTINGHAM, contact().referredBy(io.frontdoor.kernel.contact.AgencyType.HEALTH)
                .children(child("Ada", aged(0, 4), NON_MOBILE_BRUISING), child("Ben", aged(15, 0), POOR_ATTENDANCE)).build());

        var baby = recommendation.children().get(0);
        assertThat(baby.level().localName()).isEqualTo("Protection & Specialist");
        assertThat(baby.rag()).isEqualTo(Rag.RED);
        assertThat(baby.routes()).containsExactly(RouteCode.STRATEGY_DISCUSSION);
        assertThat(baby.consentRequired()).isFalse();
        assertThat(baby.triggeredRules()).extracting(Recommendation.TriggeredRule::id)
                .contains("nottingham-city.immediate.non-mobile-bruising", "nottingham-city.age.non-mobile-injury");

        var teenager = recommendation.children().get(1);
        assertThat(teenager.level().rank()).as("the baby's bruise does not make Ben level 4").isEqualTo(2);
        assertThat(teenager.rag()).isEqualTo(Rag.GREEN);
        assertThat(teenager.routes()).containsExactly(RouteCode.EARLY_HELP);
        assertThat(teenager.triggeredRules()).isEmpty();

        assertThat(recommendation.level().rank()).isEqualTo(4);
        assertThat(recommendation.rag()).isEqualTo(Rag.RED);
        assertThat(recommendation.routes()).containsExactly(RouteCode.STRATEGY_DISCUSSION, RouteCode.EARLY_HELP);
    }

    /**
     * 000 line 424: IMAP triages domestic abuse "where a) children live in the household or are affected by the domestic
     * abuse"; 003 line 938: "Witnesses and experiences domestic violence & abuse". The notification is the household's.
     */
    @Test
    void aDomesticAbuseNotificationNamingThreeChildrenReachesEachOfThem() {
        Recommendation recommendation = engine.evaluate(NOTTINGHAM, contact().domesticAbuse(DashRisk.MEDIUM, true)
                .children(child("Kit", aged(1, 0)), child("Lou", aged(6, 0), WITNESSES_DOMESTIC_ABUSE), child("Max", aged(14, 0))).build());

        assertThat(recommendation.children()).extracting(Recommendation.ChildRecommendation::name).containsExactly("Kit", "Lou", "Max");
        assertThat(recommendation.children()).allSatisfy(child -> {
            assertThat(child.routes()).containsExactly(RouteCode.DOMESTIC_ABUSE_TRIAGE);
            assertThat(child.triggeredRules()).extracting(Recommendation.TriggeredRule::id)
                    .contains("nottingham-city.da.standard-medium-children-present");
        });
        assertThat(recommendation.children().get(1).matchedIndicators()).extracting(Recommendation.MatchedIndicator::id)
                .containsExactly(WITNESSES_DOMESTIC_ABUSE);
        assertThat(recommendation.children().get(0).matchedIndicators())
                .as("what Lou witnessed is Lou's own need; the household's abuse reaches Kit as a fact").isEmpty();
        assertThat(recommendation.routes()).containsExactly(RouteCode.DOMESTIC_ABUSE_TRIAGE);
    }
}
