package io.frontdoor.intake.partnerfeed;

/** A partner message that passed the feed's checks: who sent it, as which type, and its content. */
public record ReceivedReferral(String sender, PartnerReferralType type, PartnerReferral message) {
}
