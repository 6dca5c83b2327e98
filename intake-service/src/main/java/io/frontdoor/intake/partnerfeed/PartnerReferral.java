package io.frontdoor.intake.partnerfeed;

import io.frontdoor.kernel.contact.ContactSubmission;

/** A referral message of one of the partner feed's types: it knows the sender's reference and how it reads as a contact. */
public interface PartnerReferral {

    /** The sender's own reference for the referral: the message key, and with the sender what makes a resend one contact. */
    String reference();

    ContactSubmission toSubmission();
}
