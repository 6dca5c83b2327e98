package io.frontdoor.intake.feedback;

import java.time.Instant;

/** A contact from a partner agency: where its feedback goes ({@code sender}, {@code externalReference}) and who referred. */
public record PartnerContact(String contactId, String sender, String externalReference, String referrerAgency,
                             String referrerAgencyName, Instant receivedAt) {
}
