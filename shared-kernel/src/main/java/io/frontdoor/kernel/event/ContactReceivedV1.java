package io.frontdoor.kernel.event;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;

/** On {@link Topics#CONTACTS}: a contact was accepted by the front door. {@code receivedAt} is when the referrer sent it. */
public record ContactReceivedV1(String contactId, ContactSubmission submission, Instant receivedAt, Instant recordedAt) {

    public static final String TYPE = "ContactReceived";
}
