package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContact(@TargetAggregateIdentifier String contactId, ContactSubmission submission, Instant receivedAt) {
}
