package io.frontdoor.triage.threshold.loading;

import io.frontdoor.triage.threshold.pack.Pack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PackRegistryTest {

    @Test
    void findsEveryListedPack() {
        PackRegistry registry = new PackRegistry(new PackLoader(), "packs-test/packs.txt");

        assertThat(registry.all()).extracting(Pack::id).containsExactly("engine-test");
        assertThat(registry.find("engine-test")).isPresent();
        assertThat(registry.find("luton-typo")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void oneBadPackStopsStartUpAndEveryProblemOfEveryPackIsListed() {
        PackInvalidException invalid = catchThrowableOfType(PackInvalidException.class,
                () -> new PackRegistry(new PackLoader(), "packs-broken/packs.txt"));

        assertThat(invalid.problems()).extracting(PackProblem::file).contains(
                "packs-broken/schema-errors.yaml", "packs-broken/semantic-errors.yaml", "packs-broken/missing-pack.yaml");
        assertThat(invalid.getMessage()).contains("$.levels[1].rag").contains("dash-hgih").contains("no such file");
    }
}
