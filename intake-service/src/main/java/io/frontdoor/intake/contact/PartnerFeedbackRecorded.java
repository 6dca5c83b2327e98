package io.frontdoor.intake.contact;

/** What the referring partner is told about the contact, exactly as it goes onto the partner feedback topic. */
public record PartnerFeedbackRecorded(String contactId, PartnerFeedbackV1 feedback) {
}
