package io.frontdoor.web.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionFormTest {

    @Test
    void aDecisionNeedsALevelARouteAndARationale() {
        var errors = new DecisionForm(null, List.of(), " ", 3L).check(4);
        assertThat(errors.all()).extracting(e -> e.field() + ": " + e.message()).containsExactly(
                "level-4: Select the level of need", "routes: Select at least one route",
                "rationale: Enter the rationale for the decision");
        assertThat(errors.all().get(2).href()).isEqualTo("#rationale");
        assertThat(new DecisionForm(3, List.of("EARLY_HELP"), "why", 3L).check(4).any()).isFalse();
    }

    @Test
    void belowOrAboveTheRecommendationIsAnOverride() {
        assertThat(new DecisionForm(3, List.of(), "", 1L).direction(4)).isEqualTo("DOWN");
        assertThat(new DecisionForm(4, List.of(), "", 1L).direction(3)).isEqualTo("UP");
        assertThat(new DecisionForm(4, List.of(), "", 1L).direction(4)).isEqualTo("SAME");
        assertThat(new DecisionForm(2, List.of(), "", 1L).direction(0)).as("no recommendation: nothing to override").isEqualTo("SAME");
    }
}
