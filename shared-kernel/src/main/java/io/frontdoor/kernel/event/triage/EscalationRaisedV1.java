package io.frontdoor.kernel.event.triage;

import java.time.Instant;

/** A professional disagreement with a front-door decision was raised; it starts at stage 1 of the pack's ladder. */
public record EscalationRaisedV1(String escalationId, String contactId, String raisedBy, String raisedByAgency,
                                 String reason, String concernLevel, int stage, String stageRole, Instant stageDueAt) {

    public static final String TYPE = "EscalationRaised";
}
