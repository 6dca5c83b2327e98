package io.frontdoor.triage.threshold.web;

import io.frontdoor.kernel.code.LevelCode;
import io.frontdoor.triage.threshold.pack.Pack;

import java.util.List;

/** One entry of {@code GET /api/packs}: which pack, which version, and its local level names. */
public record PackSummary(String id, String version, String name, List<LevelName> levels, int indicatorCount) {

    public record LevelName(int rank, LevelCode code, String localName) {
    }

    static PackSummary of(Pack pack) {
        return new PackSummary(pack.id(), pack.version(), pack.name(),
                pack.levels().stream().map(level -> new LevelName(level.rank(), level.code(), level.localName())).toList(),
                pack.indicators().size());
    }
}
