package io.frontdoor.intake.feedback;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** A failure in either handler must roll back (the partner contact row) or stop and retry (the publisher), never be skipped. */
@Configuration
class FeedbackConfiguration {

    @Autowired
    void propagateErrors(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PartnerContacts.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
        processing.registerListenerInvocationErrorHandler(PartnerFeedbackPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
