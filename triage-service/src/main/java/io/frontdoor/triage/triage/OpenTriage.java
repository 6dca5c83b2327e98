package io.frontdoor.triage.triage;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenTriage(@TargetAggregateIdentifier String contactId, ContactSubmission submission, Instant receivedAt) {
}
