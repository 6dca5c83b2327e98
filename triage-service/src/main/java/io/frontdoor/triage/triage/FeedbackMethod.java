package io.frontdoor.triage.triage;

/** How feedback reached the referrer: a code, so "PIGEON" is refused rather than recorded as having closed a triage. */
public enum FeedbackMethod {
    PHONE, EMAIL, SECURE_EMAIL, LETTER, IN_PERSON, PARTNER_SYSTEM
}
