package io.frontdoor.triage.triage;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;

public record TriageOpened(String contactId, ContactSubmission submission, Instant receivedAt, Instant decisionDueAt) {
}
