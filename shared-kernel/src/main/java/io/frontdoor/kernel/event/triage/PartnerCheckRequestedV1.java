package io.frontdoor.kernel.event.triage;

import java.time.Instant;

/** A MASH check: information requested from a partner agency (POLICE, HEALTH, EDUCATION, ...), due by {@code dueAt}. */
public record PartnerCheckRequestedV1(String contactId, String checkId, String agency, Instant dueAt, String requestedBy) {

    public static final String TYPE = "PartnerCheckRequested";
}
