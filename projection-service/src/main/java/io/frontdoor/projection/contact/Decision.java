package io.frontdoor.projection.contact;

import io.frontdoor.kernel.event.triage.LevelV1;
import java.time.Instant;
import java.util.List;

/** A front-door decision as recorded, and a manager's answer to it: {@code authorisation} NOT_REQUIRED, PENDING, AUTHORISED or RETURNED. */
public record Decision(String decisionId, Instant recordedAt, LevelV1 level, List<String> routes, String rationale,
                       String decidedBy, String overrideDirection, boolean acceptedForSocialCare, boolean revision,
                       String authorisation, String authorisationBy, Instant authorisationAt) {

    static final String RETURNED = "RETURNED";

    Decision answered(String outcome, String by, Instant at) {
        return new Decision(decisionId, recordedAt, level, routes, rationale, decidedBy, overrideDirection,
                acceptedForSocialCare, revision, outcome, by, at);
    }
}
