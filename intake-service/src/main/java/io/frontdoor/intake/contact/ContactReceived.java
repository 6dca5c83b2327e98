package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.ContactSubmission;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * {@code sender}: the partner system that sent the contact over the partner feed; null for any other way in. Revision 2
 * added it: older events are read through {@link ContactReceivedUpcaster}.
 */
@Revision(ContactReceived.REVISION)
public record ContactReceived(String contactId, ContactSubmission submission, Instant receivedAt, String sender) {

    static final String REVISION = "2";

    /** From a partner agency, with the partner's own reference: the partner is owed an acknowledgement and feedback. */
    public boolean fromPartner() {
        return fromPartner(submission);
    }

    static boolean fromPartner(ContactSubmission submission) {
        return submission.referrer() != null && submission.referrer().agencyType() != null
                && submission.referrer().agencyType().isPartnerAgency()
                && submission.externalReference() != null && !submission.externalReference().isBlank();
    }
}
