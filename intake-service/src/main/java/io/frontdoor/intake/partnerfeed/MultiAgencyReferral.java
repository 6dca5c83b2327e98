package io.frontdoor.intake.partnerfeed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;

/** {@code multi-agency-referral} v1: the general referral, exactly the ContactSubmission of {@code POST /api/contacts}. */
public record MultiAgencyReferral(ContactSubmission submission) implements PartnerReferral {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MultiAgencyReferral {
    }

    @JsonValue
    @Override
    public ContactSubmission submission() {
        return submission;
    }

    @Override
    public String reference() {
        return submission.externalReference();
    }

    @Override
    public ContactSubmission toSubmission() {
        return submission.toBuilder().channel(Channel.PARTNER_KAFKA).build();
    }
}
