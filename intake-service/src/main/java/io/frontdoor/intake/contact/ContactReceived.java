package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;

public record ContactReceived(String contactId, ContactSubmission submission, Instant receivedAt) {
}
