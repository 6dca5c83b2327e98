package io.frontdoor.triage.threshold.engine;

import io.frontdoor.triage.threshold.loading.PackInvalidException;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import io.frontdoor.triage.threshold.pack.Domain;
import io.frontdoor.triage.threshold.pack.Indicator;
import io.frontdoor.triage.threshold.pack.Pack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The four partnership packs of {@code packs/packs.txt} load, and each has its vignettes. */
class ShippedPacksTest {

    @Test
    void everyListedPackLoadsAndItsCountsArePrinted() {
        PackLoader loader = new PackLoader();
        for (String id : List.of("north-lincolnshire", "leicester-leicestershire-rutland", "nottingham-city", "luton")) {
            try {
                System.out.println(counts(loader.load(id)));
            } catch (PackInvalidException invalid) {
                System.out.println(invalid.getMessage());
            }
        }
        PackRegistry registry = new PackRegistry(loader);

        assertThat(registry.all()).extracting(Pack::id)
                .containsExactly("north-lincolnshire", "leicester-leicestershire-rutland", "nottingham-city", "luton");
        for (Pack pack : registry.all()) {
            assertThat(pack.allIndicators()).as(pack.id() + " indicators").isNotEmpty();
            for (int level = 1; level <= 4; level++) {
                int rank = level;
                assertThat(pack.allIndicators()).as(pack.id() + " has indicators at level " + rank)
                        .anyMatch(indicator -> indicator.level() == rank);
            }
            for (Domain domain : Domain.values()) {
                assertThat(pack.allIndicators()).as(pack.id() + " has indicators in " + domain)
                        .anyMatch(indicator -> indicator.domain() == domain);
            }
        }
    }

    @Test
    void everyListedPackHasAtLeastFifteenVignettes() {
        Map<String, Integer> vignettes = new TreeMap<>();
        for (Path file : Vignette.files()) {
            vignettes.put(file.getFileName().toString().replace(".yaml", ""), Vignette.of(file).size());
        }
        System.out.println("vignettes per pack: " + vignettes);
        for (Pack pack : new PackRegistry(new PackLoader()).all()) {
            assertThat(vignettes.getOrDefault(pack.id(), 0)).as("vignettes of " + pack.id()).isGreaterThanOrEqualTo(15);
        }
    }

    static String counts(Pack pack) {
        Map<Integer, Map<Domain, Long>> byLevel = pack.allIndicators().stream().collect(Collectors.groupingBy(Indicator::level,
                TreeMap::new, Collectors.groupingBy(Indicator::domain, () -> new java.util.EnumMap<>(Domain.class), Collectors.counting())));
        StringBuilder table = new StringBuilder(pack.id() + " " + pack.version() + ": " + pack.indicators().size() + " indicators ("
                + pack.allIndicators().stream().filter(Indicator::protective).count() + " protective), " + pack.rules().size() + " rules\n");
        table.append(String.format("  %-6s %18s %18s %18s %6s%n", "level", "CHILD_DEVELOPMENT", "PARENTING_CAPACITY", "FAMILY_ENVIRONMENT", "total"));
        byLevel.forEach((level, domains) -> table.append(String.format("  %-6s %18d %18d %18d %6d%n", level,
                domains.getOrDefault(Domain.CHILD_DEVELOPMENT, 0L), domains.getOrDefault(Domain.PARENTING_CAPACITY, 0L),
                domains.getOrDefault(Domain.FAMILY_ENVIRONMENT, 0L), domains.values().stream().mapToLong(Long::longValue).sum())));
        Map<String, Long> rulesByKind = pack.rules().stream().collect(Collectors.groupingBy(rule -> rule.kind().name(), TreeMap::new, Collectors.counting()));
        table.append("  rules by kind: ").append(rulesByKind);
        return table.toString();
    }
}
