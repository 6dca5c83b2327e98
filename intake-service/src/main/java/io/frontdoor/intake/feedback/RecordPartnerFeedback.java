package io.frontdoor.intake.feedback;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordPartnerFeedback(@TargetAggregateIdentifier String contactId, PartnerFeedbackV1 feedback) {
}
