package io.frontdoor.intake.partnerfeed;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Adult;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ContactSubmission.Consent;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import io.frontdoor.kernel.contact.DashRisk;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code police-domestic-abuse} v1: a police notification of a domestic abuse incident in a household with children. */
public record PoliceDomesticAbuseNotification(String forceReference, String packId, Instant sentAt, Force force, Officer officer,
                                              Incident incident, DashRisk dashRisk, Integer dashScore,
                                              List<Child> childrenInHousehold, List<AdultInvolved> adultsInvolved,
                                              List<String> indicatorIds, Boolean immediateDanger, Boolean knownToServices,
                                              Consent consent) implements PartnerReferral {

    public record Force(String name, String code) {
    }

    public record Officer(String name, String collarNumber, String rank, String phone, String email) {
    }

    /** {@code childrenPresent}: at the incident. The children who live in the household are {@code childrenInHousehold}. */
    public record Incident(Instant occurredAt, String summary, Boolean childrenPresent, Boolean policeAttended) {
    }

    public record AdultInvolved(String givenName, String familyName, LocalDate dateOfBirth, String role, String relationshipToChildren) {

        Adult toAdult() {
            String roleInIncident = role.toLowerCase(Locale.ROOT);
            return new Adult(givenName, familyName, dateOfBirth,
                    relationshipToChildren == null ? roleInIncident : relationshipToChildren + " (" + roleInIncident + ")");
        }
    }

    @Override
    public String reference() {
        return forceReference;
    }

    @Override
    public ContactSubmission toSubmission() {
        return policeSubmission(packId, forceReference, sentAt, force, officer, consent)
                .children(childrenInHousehold)
                .adults(adultsInvolved == null ? List.of() : adultsInvolved.stream().map(AdultInvolved::toAdult).toList())
                .concerns(new ContactSubmission.Concerns(indicatorIds, Narrative.of(incident.summary(),
                        Narrative.labelled("DASH score", dashScore), Narrative.labelled("Police attended", incident.policeAttended()))))
                .domesticAbuse(new ContactSubmission.DomesticAbuse(dashRisk, incident.childrenPresent(), incident.occurredAt(),
                        childrenInHousehold != null && !childrenInHousehold.isEmpty()))
                .immediateDanger(immediateDanger).knownToServices(knownToServices).build();
    }

    /**
     * What every police notification says the same way: the force's reference, sent on the feed by an officer, no
     * allegation against a person in a position of trust, and consent not sought unless the force says otherwise.
     */
    static ContactSubmission.Builder policeSubmission(String packId, String forceReference, Instant sentAt, Force force, Officer officer,
                                                      Consent consent) {
        return ContactSubmission.builder().packId(packId).externalReference(forceReference).channel(Channel.PARTNER_KAFKA)
                .receivedAt(sentAt)
                .referrer(new Referrer(AgencyType.POLICE, force.name(), officer.name(), officer.rank(), officer.phone(), officer.email()))
                .allegationAgainstPersonInPositionOfTrust(false)
                .consent(consent != null ? consent : new Consent(ConsentStatus.NOT_SOUGHT, "police notification"));
    }
}
