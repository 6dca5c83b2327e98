package io.frontdoor.kernel.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    @Test
    void readsEachListedPacksIndicatorIdsAndNothingElse() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.fromClasspath();

        assertThat(catalogue.packIds()).containsExactlyInAnyOrder("luton", "north-lincolnshire");
        assertThat(catalogue.size("luton")).isEqualTo(3);
        assertThat(catalogue.defines("luton", "luton.l3.child.education.poor-attendance")).isTrue();
        assertThat(catalogue.defines("luton", "luton.rule.not-an-indicator")).as("a rule id is not an indicator").isFalse();
        assertThat(catalogue.defines("luton", "north-lincolnshire.l3.child.health.non-mobile-bruise"))
                .as("another pack's indicator").isFalse();
        assertThat(catalogue.hasPack("nottingham-city")).isFalse();
    }

    @Test
    void failsLoudlyWhenThePackListIsMissing() {
        assertThatThrownBy(() -> IndicatorCatalogue.fromClasspath("no-such-folder"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-folder/packs.txt is missing");
    }

    @Test
    void failsLoudlyWhenAPackFileDoesNotMatchItsListing() {
        assertThatThrownBy(() -> IndicatorCatalogue.fromClasspath("packs-broken"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has id 'another-pack', not 'wrong-id'");
    }
}
