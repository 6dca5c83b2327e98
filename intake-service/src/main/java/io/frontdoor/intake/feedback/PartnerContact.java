package io.frontdoor.intake.feedback;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;

/** A contact from a partner agency: where its feedback goes ({@code sender}, {@code externalReference}) and who referred. */
public record PartnerContact(String contactId, String sender, String externalReference, String referrerAgency,
                             String referrerAgencyName, Instant receivedAt) {

    public static PartnerContact of(String contactId, String sender, ContactSubmission submission, Instant receivedAt) {
        var referrer = submission.referrer();
        return new PartnerContact(contactId, sender, submission.externalReference(), referrer.agencyType().name(),
                referrer.agencyName(), receivedAt);
    }
}
