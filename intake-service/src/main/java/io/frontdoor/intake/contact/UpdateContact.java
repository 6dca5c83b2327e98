package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contact sent again: kept as an update if it says something different, a no-op if it is the same. */
public record UpdateContact(@TargetAggregateIdentifier String contactId, ContactSubmission submission, Instant receivedAt,
                            String sender, String sentBy, Instant recordedAt) {

    /** What the aggregate answers: {@code updateNumber} 0 and no changes for an identical resend. */
    public record Result(int updateNumber, java.util.List<String> changes) {

        public boolean updated() {
            return updateNumber > 0;
        }
    }
}
