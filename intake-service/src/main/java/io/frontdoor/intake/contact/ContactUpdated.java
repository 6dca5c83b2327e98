package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import java.util.List;

/**
 * The referrer sent the contact again with different content: the {@code updateNumber}th update, the full new
 * submission and the field paths that differ from the one before. {@code sentBy}: the signed-in subject (REST) or the
 * sending system (partner feed); {@code sender}: the partner system, for the partner feed only.
 */
public record ContactUpdated(String contactId, int updateNumber, ContactSubmission submission, List<String> changes,
                             String sentBy, String sender, Instant receivedAt, Instant recordedAt) {

    public boolean fromPartner() {
        return ContactReceived.fromPartner(submission);
    }
}
