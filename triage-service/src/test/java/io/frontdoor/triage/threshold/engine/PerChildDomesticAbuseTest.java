package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.RuleKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static io.frontdoor.triage.threshold.engine.Contacts.WEDNESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A police notification about two children of whom only one lives in the household where the abuse happens (the other,
 * a half-sibling visiting, was not there that night): each child's own recommendation follows that child's facts, by
 * every shipped pack's domestic-abuse rules, not the household's as a whole.
 */
class PerChildDomesticAbuseTest {

    private static final PackRegistry PACKS = new PackRegistry(new PackLoader());
    private final ThresholdEngine engine = new ThresholdEngine(Clock.fixed(WEDNESDAY_MORNING, ZoneOffset.UTC));

    static ContactSubmission notification(String packId, DashRisk risk, List<ContactSubmission.ChildAtIncident> own) {
        var born = WEDNESDAY_MORNING.atZone(ThresholdEngine.LONDON).toLocalDate();
        return ContactSubmission.builder().packId(packId).externalReference("POL-DA-1").channel(Channel.PARTNER_API)
                .receivedAt(WEDNESDAY_MORNING)
                .referrer(new ContactSubmission.Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null))
                .children(List.of(new ContactSubmission.Child("Lives", "Example", born.minusYears(6), null, null, null, null), new ContactSubmission.Child("Visits", "Example", born.minusYears(9), null, null, null, null)))
                .adults(List.of())
                .domesticAbuse(new ContactSubmission.DomesticAbuse(risk, true, WEDNESDAY_MORNING.minusSeconds(36000), true, own))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(false).knownToServices(false).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"north-lincolnshire", "leicester-leicestershire-rutland", "nottingham-city", "luton"})
    void onlyTheChildWhoLivesInTheHouseholdGoesToDomesticAbuseTriage(String packId) {
        Pack pack = PACKS.find(packId).orElseThrow();
        Recommendation recommendation = engine.evaluate(pack, notification(packId, DashRisk.MEDIUM,
                List.of(new ContactSubmission.ChildAtIncident(1, false, false))));

        var lives = recommendation.children().get(0);
        var visits = recommendation.children().get(1);
        assertThat(lives.routes()).as("the child of the household").contains(RouteCode.DOMESTIC_ABUSE_TRIAGE);
        assertThat(lives.triggeredRules()).extracting(Recommendation.TriggeredRule::kind).contains(RuleKind.DOMESTIC_ABUSE);
        assertThat(visits.routes()).as("the child who neither lives there nor was there").doesNotContain(RouteCode.DOMESTIC_ABUSE_TRIAGE);
        assertThat(visits.triggeredRules()).extracting(Recommendation.TriggeredRule::kind).doesNotContain(RuleKind.DOMESTIC_ABUSE);
        assertThat(visits.level().rank()).as("no level from the household's notification").isLessThan(lives.level().rank());
        assertThat(recommendation.routes()).as("the contact as a whole").contains(RouteCode.DOMESTIC_ABUSE_TRIAGE);

        Recommendation bothAtHome = engine.evaluate(pack, notification(packId, DashRisk.MEDIUM, List.of()));
        assertThat(bothAtHome.children()).as("without a child's own facts the contact's hold for both")
                .allSatisfy(child -> assertThat(child.routes()).contains(RouteCode.DOMESTIC_ABUSE_TRIAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"north-lincolnshire", "nottingham-city"})
    void aChildWhoDoesNotLiveThereButWasPresentIsAffectedWhereThePackSaysSo(String packId) {
        // 000 line 424: "where a) children live in the household or are affected by the domestic abuse"; Nottingham's rule
        // names either fact (nottingham-city.da.standard-medium-children-present).
        Pack pack = PACKS.find(packId).orElseThrow();
        Recommendation recommendation = engine.evaluate(pack, notification(packId, DashRisk.MEDIUM,
                List.of(new ContactSubmission.ChildAtIncident(1, false, true))));

        assertThat(recommendation.children().get(1).routes()).contains(RouteCode.DOMESTIC_ABUSE_TRIAGE);
    }
}
