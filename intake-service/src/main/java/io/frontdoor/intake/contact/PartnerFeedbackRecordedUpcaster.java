package io.frontdoor.intake.contact;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@link PartnerFeedbackRecorded} was stored under its old package, {@code io.frontdoor.intake.feedback}, before the
 * contact's own events moved next to the aggregate that applies them. Stored events keep the old type name; they are
 * read as the same event through this, with the same content.
 */
@Component
public class PartnerFeedbackRecordedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType BEFORE = new SimpleSerializedType("io.frontdoor.intake.feedback.PartnerFeedbackRecorded", null);
    static final SimpleSerializedType AFTER = new SimpleSerializedType(PartnerFeedbackRecorded.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(BEFORE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(AFTER, JsonNode.class, payload -> payload);
    }
}
