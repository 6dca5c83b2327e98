package io.frontdoor.triage.triage;

import java.time.Instant;

/** What a triage needs from its pack and the working-day calendar: due times, local names, levels. */
public interface PackContext {

    Instant now();

    Instant partnerCheckDue(String packId, Instant from);

    Instant feedbackNotAcceptedDue(String packId, Instant from);

    Instant authorisationDue(String packId, Instant from);

    /** The due time of a route that has one (LADO, strategy discussion), else null. */
    Instant routeDue(String packId, String route, Instant from);

    String routeLocalName(String packId, String route);

    LevelOfNeed level(String packId, int rank);
}
