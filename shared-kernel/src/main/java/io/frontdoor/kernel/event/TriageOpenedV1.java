package io.frontdoor.kernel.event;

import java.time.Instant;
import java.util.List;

/** On {@link Topics#TRIAGE}: the front door opened its triage of a contact. */
public record TriageOpenedV1(String contactId, String packId, List<ChildSummary> children, Instant receivedAt,
                             String rag, Instant decisionDueAt) {

    public static final String TYPE = "TriageOpened";

    public record ChildSummary(String givenName, String familyName, java.time.LocalDate dateOfBirth,
                               java.time.LocalDate expectedDateOfBirth) {
    }
}
