package io.frontdoor.intake.contact;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ContactReceived} as intake stored it before the partner feed (no revision, no {@code sender}) becomes revision
 * 2, with {@code sender: null}: not sent over the partner feed. Stored events are never rewritten; they are read
 * through this. (docs/runbook.md, "Rolling upgrade with an event schema change".)
 */
@Component
public class ContactReceivedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType BEFORE = new SimpleSerializedType(ContactReceived.class.getName(), null);
    static final SimpleSerializedType AFTER = new SimpleSerializedType(ContactReceived.class.getName(), ContactReceived.REVISION);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(BEFORE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(AFTER, ObjectNode.class, payload -> {
            if (!payload.has("sender")) {
                payload.putNull("sender");
            }
            return payload;
        });
    }
}
