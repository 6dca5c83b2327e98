package io.frontdoor.kernel.contact;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * A contact's id. When the referrer gives its own reference, the id is derived from (agency, reference), so the
 * same referral sent twice — even by two racing requests — maps to one contact: the event store's unique
 * (aggregate id, sequence) constraint lets only the first be recorded.
 */
public final class ContactIds {

    private ContactIds() {
    }

    public static String forSubmission(ContactSubmission submission) {
        String reference = submission.externalReference();
        if (reference == null || reference.isBlank() || submission.referrer() == null) {
            return UUID.randomUUID().toString();
        }
        return forReference(submission.referrer().agencyType(), submission.referrer().agencyName(), reference);
    }

    public static String forReference(AgencyType agencyType, String agencyName, String externalReference) {
        String name = agencyName == null ? "" : agencyName.trim().toLowerCase(Locale.ROOT);
        String key = agencyType + "|" + name + "|" + externalReference.trim();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A referral from the partner feed: the same (sender, reference) is the same contact, however often it is sent. */
    public static String forPartnerFeed(String sender, String externalReference) {
        String key = "partner-feed|" + sender.trim().toLowerCase(Locale.ROOT) + "|" + externalReference.trim();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
