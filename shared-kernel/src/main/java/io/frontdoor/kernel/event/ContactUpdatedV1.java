package io.frontdoor.kernel.event;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import java.util.List;

/**
 * On {@link Topics#CONTACTS}: a referrer sent a contact again, with different content, and the front door kept it as
 * an update of the contact. {@code updateNumber} counts the contact's updates (1, 2, …); {@code submission} is the
 * full new submission; {@code changes} the field paths that differ from the one before it (e.g.
 * {@code domesticAbuse.dashRisk}, {@code children[0].address.postcode}); {@code sentBy} who sent it (the signed-in
 * subject for REST, the sending system for the partner feed). An identical resend is not an update and is not published.
 */
public record ContactUpdatedV1(String contactId, int updateNumber, ContactSubmission submission, List<String> changes,
                               String sentBy, Instant receivedAt, Instant recordedAt) {

    public static final String TYPE = "ContactUpdated";
}
