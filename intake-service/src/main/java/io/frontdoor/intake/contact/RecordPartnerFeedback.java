package io.frontdoor.intake.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordPartnerFeedback(@TargetAggregateIdentifier String contactId, PartnerFeedbackV1 feedback) {
}
