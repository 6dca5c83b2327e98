package io.frontdoor.intake.partnerfeed;

import io.frontdoor.platform.messaging.UnprocessableRecordException;

/**
 * A partner message that will never become a contact, however often it is retried: it goes to
 * {@code frontdoor.partner-referrals.v1.DLT} with the reason. Reasons name fields and rules, never the values sent.
 */
public class PartnerReferralRejected extends UnprocessableRecordException {

    public enum Reason { TOO_LARGE, MISSING_HEADER, UNKNOWN_TYPE, NOT_JSON, SCHEMA, KEY_MISMATCH, SENDER_NOT_ALLOWED }

    public PartnerReferralRejected(Reason reason, String detail) {
        super(reason.name(), detail);
    }
}
