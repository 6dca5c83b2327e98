package io.frontdoor.triage.threshold.loading;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.time.Timescale;
import io.frontdoor.triage.threshold.pack.Domain;
import io.frontdoor.triage.threshold.pack.Level;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.pack.Route;
import io.frontdoor.triage.threshold.pack.Rule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PackLoaderTest {

    private final PackLoader loader = new PackLoader();

    @Test
    void loadsEveryPartOfAPack() {
        Pack pack = loader.load("packs-test/", "engine-test");

        assertThat(pack.id()).isEqualTo("engine-test");
        assertThat(pack.version()).isEqualTo("1.0-test");
        assertThat(pack.levels()).extracting(Level::code)
                .containsExactly(LevelCode.UNIVERSAL, LevelCode.ADDITIONAL, LevelCode.TARGETED, LevelCode.SPECIALIST);
        assertThat(pack.level(4).localName()).isEqualTo("Level 4 Specialist (acute)");
        assertThat(pack.level(2).consentRequired()).isTrue();
        assertThat(pack.route(RouteCode.SECTION_17_ASSESSMENT)).get().extracting(Route::consentRequired).isEqualTo(true);
        assertThat(pack.indicators()).hasSize(14);
        assertThat(pack.indicator("engine-test.l3.family.family-history.strong-support")).get()
                .satisfies(indicator -> {
                    assertThat(indicator.protective()).isTrue();
                    assertThat(indicator.domain()).isEqualTo(Domain.FAMILY_ENVIRONMENT);
                    assertThat(indicator.subDomain()).isEqualTo("family-history");
                });
        assertThat(pack.rules()).hasSize(16);
        Rule homeless = pack.rules().stream().filter(rule -> rule.id().equals("engine-test.age.homeless-16-17")).findFirst().orElseThrow();
        assertThat(homeless.when().childAgeAtLeastYears()).isEqualTo(16);
        assertThat(homeless.when().childAgeUnderYears()).isEqualTo(18);
        assertThat(homeless.then().routes()).containsExactly(RouteCode.ACCOMMODATION_ASSESSMENT);
        assertThat(pack.timescales().forRag(Rag.RED)).isEqualTo(Timescale.of(4, Timescale.Unit.WORKING_HOURS));
        assertThat(pack.timescales().find("lado")).contains(Timescale.of(1, Timescale.Unit.WORKING_DAYS));
        assertThat(pack.timescales().find("earlyHelpReview")).contains(Timescale.of(3, Timescale.Unit.MONTHS));
        assertThat(pack.timescales().find("rag.AMBER")).contains(Timescale.of(1, Timescale.Unit.WORKING_DAYS));
        assertThat(pack.timescales().sources()).containsEntry("rag", "DESIGN.md default");
        assertThat(pack.officeHours().days().get(DayOfWeek.FRIDAY).close()).isEqualTo(LocalTime.of(16, 30));
        assertThat(pack.officeHours().days()).doesNotContainKey(DayOfWeek.SATURDAY);
        assertThat(pack.escalationLadder()).hasSize(2);
        assertThat(pack.escalationLadder().get(1).highRiskLimit()).isEqualTo(Timescale.of(24, Timescale.Unit.HOURS));
        assertThat(pack.daTriageMeeting().dayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(pack.authorisation().noFurtherActionOnPoliceDomesticAbuse()).isTrue();
    }

    @Test
    void schemaErrorsNameTheFileThePathAndTheReasonAllAtOnce() {
        PackInvalidException invalid = catchThrowableOfType(PackInvalidException.class,
                () -> loader.loadResource("packs-broken/schema-errors.yaml"));

        assertThat(invalid.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("packs-broken/schema-errors.yaml"));
        assertThat(invalid.problems()).extracting(PackProblem::path).contains(
                "$.version",
                "$.levels[1].rag",
                "$.indicators[0] (schema-broken.l1.child.health.no-text)",
                "$.indicators[1].tags[0] (schema-broken.l2.child.health.bad-tag)",
                "$.rules[0].then (schema-broken.floor.colour)",
                "$.timescales");
        assertThat(invalid.problems()).hasSize(6);
        assertThat(invalid.getMessage())
                .contains("packs-broken/schema-errors.yaml")
                .contains("6 problems")
                .contains("$.levels[1].rag").contains("PURPLE")
                .contains("text").contains("colour").contains("lado").contains("not-a-tag");
        PackProblem rag = invalid.problems().stream().filter(problem -> problem.path().equals("$.levels[1].rag")).findFirst().orElseThrow();
        assertThat(rag.line()).isEqualTo(8);
        System.out.println(invalid.getMessage());
    }

    @Test
    void semanticErrorsAreReportedTheSameWay() {
        PackInvalidException invalid = catchThrowableOfType(PackInvalidException.class,
                () -> loader.load("packs-broken/", "semantic-errors"));

        System.out.println(invalid.getMessage());
        assertThat(invalid.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("packs-broken/semantic-errors.yaml"));
        assertThat(invalid.problems()).extracting(problem -> problem.path() + " -> " + problem.reason()).anySatisfy(p -> assertThat(p).startsWith("$.id -> ").contains("file name 'semantic-errors'"))
                .anySatisfy(p -> assertThat(p).startsWith("$.levels[1] -> ").contains("rank 2 and code ADDITIONAL"))
                .anySatisfy(p -> assertThat(p).startsWith("$.levels[2] -> ").contains("rank 3 and code TARGETED"))
                .anySatisfy(p -> assertThat(p).startsWith("$.levels[0].routes[0] -> ").contains("EARLY_HELP is used but not declared"))
                .anySatisfy(p -> assertThat(p).startsWith("$.indicators[1].id (semantic-broken.l2.child.health.twice) -> ").contains("duplicate indicator id"))
                .anySatisfy(p -> assertThat(p).startsWith("$.indicators[2].id").contains("must start with the pack id 'semantic-broken.'"))
                .anySatisfy(p -> assertThat(p).startsWith("$.indicators[3].id").contains("says .l3. but the indicator has level 2"))
                .anySatisfy(p -> assertThat(p).startsWith("$.indicators[4].id").contains("its domain CHILD_DEVELOPMENT is written .child."))
                .anySatisfy(p -> assertThat(p).startsWith("$.indicators[5].id").contains("sub-domain 'housing'"))
                .anySatisfy(p -> assertThat(p).startsWith("$.rules[0].when.anyFacts[0]").contains("'dash-hgih' is neither a tag"))
                .anySatisfy(p -> assertThat(p).startsWith("$.rules[0].when.anyIndicators[0]").contains("no indicator has the id 'semantic-broken.l4.child.health.nope'"))
                .anySatisfy(p -> assertThat(p).startsWith("$.rules[0].when.anyIndicators[1]").contains("protective factor"))
                .anySatisfy(p -> assertThat(p).startsWith("$.rules[0].then.routes[0]").contains("MARAC is used but not declared"))
                .anySatisfy(p -> assertThat(p).startsWith("$.rules[0].then.due").contains("'nowhere' is not a timescale"))
                .anySatisfy(p -> assertThat(p).startsWith("$.rules[1].id").contains("must start with the pack id"))
                .anySatisfy(p -> assertThat(p).startsWith("$.officeHours.timeZone -> ").contains("Europe/Lndon"))
                .anySatisfy(p -> assertThat(p).startsWith("$.officeHours.outOfHoursRoute -> ").contains("EMERGENCY_DUTY_TEAM"))
                .anySatisfy(p -> assertThat(p).startsWith("$.escalationLadder[1].stage -> ").contains("expected 2"));
        assertThat(invalid.problems()).hasSize(18);
        assertThat(invalid.problems()).allSatisfy(problem -> assertThat(problem.line()).isNotNull());
    }

    @Test
    void yamlThatDoesNotParseIsReportedWithItsLine() {
        assertThatThrownBy(() -> loader.loadResource("packs-broken/not-yaml.yaml"))
                .isInstanceOf(PackInvalidException.class)
                .hasMessageContaining("packs-broken/not-yaml.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aKeyWrittenTwiceIsAnError() {
        assertThatThrownBy(() -> loader.loadResource("packs-broken/duplicate-key.yaml"))
                .isInstanceOf(PackInvalidException.class)
                .hasMessageContaining("packs-broken/duplicate-key.yaml")
                .hasMessageContaining("id");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> loader.load("no-such-pack"))
                .isInstanceOf(PackInvalidException.class)
                .hasMessageContaining("packs/no-such-pack.yaml")
                .hasMessageContaining("no such file");
    }
}
