package io.frontdoor.projection.returns;

import static io.frontdoor.kernel.contact.Disability.AUT;
import static io.frontdoor.kernel.contact.Disability.NONE;
import static io.frontdoor.projection.ContactStory.contact;

import io.frontdoor.infra.TestActor;
import io.frontdoor.kernel.contact.Ethnicity;
import io.frontdoor.kernel.contact.Gender;
import io.frontdoor.kernel.contact.ReferrerService;
import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** The same partnership's year for the Annex A and CIN census tests: a family referred again, siblings, unborn, early help, LADO. */
abstract class ReturnsScenario extends ProjectionTest {

    static final TestActor MANAGER = TestActor.manager("annex.manager");

    String pack;
    String childA;
    String childB;
    String childC;
    String childD;
    ContactStory unborn;

    /**
     * A family known before: Amy referred in June 2025 (more than 12 months before her June 2026 referral) and January
     * 2026 (within); in the period, Amy and her brother Ben together in one police contact that led to a section 47
     * enquiry; an unborn baby from a health visitor; a school's contact stepped down to early help; a LADO referral from
     * an acquaintance; and a contact after the period.
     */
    @BeforeEach
    void aPartnershipsYear() {
        pack = unique("annex");
        childA = unique("amy");
        childB = unique("ben");
        childC = unique("cal");
        childD = unique("dee");
        ContactStory longAgo = contact(unique("c-old"), pack, "2025-06-01T09:00:00Z")
                .child("Amy", "Example", "2019-03-01", Gender.FEMALE, Ethnicity.WBRI, NONE).received()
                .opened("AMBER", Duration.ofHours(24)).linked(0, childA).after(Duration.ofHours(1))
                .decided("TARGETED", List.of("SECTION_17_ASSESSMENT"), "NONE", false, true);
        ContactStory earlier = contact(unique("c-jan"), pack, "2026-01-15T10:00:00Z")
                .child("Amy", "Example", "2019-03-01", Gender.FEMALE, Ethnicity.WBRI, NONE).received()
                .opened("AMBER", Duration.ofHours(24)).linked(0, childA).after(Duration.ofHours(1))
                .decided("TARGETED", List.of("SECTION_17_ASSESSMENT"), "NONE", false, true);
        ContactStory siblings = contact(unique("c-sib"), pack, "2026-06-10T09:00:00Z")
                .child("Amy", "Example", "2019-03-01", Gender.FEMALE, Ethnicity.WBRI, NONE)
                .child("Ben", "Example", "2021-07-20", Gender.MALE, Ethnicity.MWBC).received()
                .opened("RED", Duration.ofHours(4)).linked(0, childA).linked(1, childB).allocated("worker.b")
                .after(Duration.ofHours(2)).decided("SPECIALIST", List.of("STRATEGY_DISCUSSION"), "NONE", false, true)
                .routed("STRATEGY_DISCUSSION", null).at("2026-06-11T10:00:00Z").strategyOutcome(true);
        unborn = contact(unique("c-unb"), pack, "2026-07-01T09:00:00Z")
                .from("HEALTH", "Example Health Visiting", ReferrerService.HEALTH_VISITOR).unbornChild("Example", "2026-09-01")
                .received().opened("GREEN", Duration.ofHours(72)).after(Duration.ofHours(3))
                .decided("ADDITIONAL", List.of("ADVICE_AND_SIGNPOSTING"), "NONE", false, false);
        ContactStory earlyHelp = contact(unique("c-eh"), pack, "2026-08-03T09:00:00Z")
                .from("EDUCATION", "Example Primary School", ReferrerService.SCHOOL)
                .child("Cal", "Sample", "2015-02-02", null, Ethnicity.REFU).received().opened("GREEN", Duration.ofHours(72))
                .linked(0, childC).after(Duration.ofHours(5)).decided("ADDITIONAL", List.of("EARLY_HELP"), "NONE", false, false)
                .routed("EARLY_HELP", null).at("2026-08-04T09:00:00Z").earlyHelpStarted("LU1")
                .at("2026-08-20T09:00:00Z").earlyHelpMilestone("PLAN_DISTRIBUTED");
        ContactStory lado = contact(unique("c-lado"), pack, "2026-09-01T09:00:00Z")
                .from("MEMBER_OF_PUBLIC", "-", ReferrerService.ACQUAINTANCE)
                .child("Dee", "Instance", "2012-12-12", Gender.OTHER, Ethnicity.AIND, AUT).received()
                .opened("AMBER", Duration.ofHours(24)).linked(0, childD).after(Duration.ofHours(1))
                .decided("SPECIALIST", List.of("LADO"), "NONE", false, true);
        ContactStory afterPeriod = contact(unique("c-nov"), pack, "2026-11-02T09:00:00Z")
                .child("Amy", "Example", "2019-03-01", Gender.FEMALE, Ethnicity.WBRI, NONE).received()
                .opened("AMBER", Duration.ofHours(24)).linked(0, childA).after(Duration.ofHours(1))
                .decided("TARGETED", List.of("SECTION_17_ASSESSMENT"), "NONE", false, true);
        given(longAgo, earlier, siblings, unborn, earlyHelp, lado, afterPeriod);
    }
}
