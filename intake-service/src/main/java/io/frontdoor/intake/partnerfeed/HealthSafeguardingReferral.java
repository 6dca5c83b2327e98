package io.frontdoor.intake.partnerfeed;

import io.frontdoor.intake.partnerfeed.PoliceChildConcernNotification.Concern;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Adult;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ReferrerService;
import io.frontdoor.kernel.contact.ContactSubmission.Consent;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import java.time.Instant;
import java.util.List;

/** {@code health-safeguarding} v1: a safeguarding referral from a health organisation; every born child has an NHS number. */
public record HealthSafeguardingReferral(String referralReference, String packId, Instant sentAt, Organisation organisation,
                                         Practitioner referrer, Concern concern, List<Child> children, List<Adult> adults,
                                         List<String> indicatorIds, Boolean immediateDanger, Boolean knownToServices,
                                         Consent consent) implements PartnerReferral {

    /** The GP practice, trust or service, with its NHS ODS code and which health service it is (the census source 3A-3F). */
    public record Organisation(String name, String odsCode, ReferrerService service) {
    }

    public record Practitioner(String name, String role, String phone, String email) {
    }

    @Override
    public String reference() {
        return referralReference;
    }

    @Override
    public ContactSubmission toSubmission() {
        return ContactSubmission.builder().packId(packId).externalReference(referralReference).channel(Channel.PARTNER_KAFKA)
                .receivedAt(sentAt)
                .referrer(new Referrer(AgencyType.HEALTH, organisation.name(), referrer.name(), referrer.role(), referrer.phone(),
                        referrer.email(), organisation.service()))
                .children(children).adults(adults).concerns(new ContactSubmission.Concerns(indicatorIds, concern.narrative()))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(immediateDanger).consent(consent)
                .knownToServices(knownToServices).build();
    }
}
