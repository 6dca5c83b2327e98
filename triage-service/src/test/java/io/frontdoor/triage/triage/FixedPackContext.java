package io.frontdoor.triage.triage;

import io.frontdoor.triage.triage.LevelOfNeed;
import java.time.Duration;
import java.time.Instant;

/** Plain-clock due times for aggregate fixture tests; the real calendar-backed context is tested on its own. */
class FixedPackContext implements PackContext {

    static final Instant NOW = Instant.parse("2026-11-18T11:00:00Z");

    @Override
    public Instant now() {
        return NOW;
    }

    @Override
    public Instant partnerCheckDue(String packId, Instant from) {
        return from.plus(Duration.ofHours(8));
    }

    @Override
    public Instant feedbackNotAcceptedDue(String packId, Instant from) {
        return from.plus(Duration.ofHours(24));
    }

    @Override
    public Instant authorisationDue(String packId, Instant from) {
        return from.plus(Duration.ofHours(4));
    }

    @Override
    public Instant routeDue(String packId, String route, Instant from) {
        return "LADO".equals(route) ? from.plus(Duration.ofDays(1)) : null;
    }

    @Override
    public String routeLocalName(String packId, String route) {
        return "local " + route;
    }

    @Override
    public LevelOfNeed level(String packId, int rank) {
        return new LevelOfNeed("RANK" + rank, rank, "Level " + rank);
    }
}
