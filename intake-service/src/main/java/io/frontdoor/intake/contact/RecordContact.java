package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code sender}: the partner system that sent the contact over the partner feed; null for any other way in. */
public record RecordContact(@TargetAggregateIdentifier String contactId, ContactSubmission submission, Instant receivedAt,
                            String sender) {
}
