package io.frontdoor.intake.partnerfeed;

import io.frontdoor.intake.partnerfeed.HealthSafeguardingReferral.Practitioner;
import io.frontdoor.intake.partnerfeed.PoliceChildConcernNotification.Concern;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Address;
import io.frontdoor.kernel.contact.ContactSubmission.Adult;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ContactSubmission.Consent;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import io.frontdoor.kernel.contact.Disability;
import io.frontdoor.kernel.contact.Ethnicity;
import io.frontdoor.kernel.contact.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@code education-referral} v1: a referral from a school or college, usually by its designated safeguarding lead. */
public record EducationReferral(String schoolReference, String packId, Instant sentAt, School school,
                                Practitioner designatedSafeguardingLead, Concern concern, List<Pupil> children, List<Adult> adults,
                                List<String> indicatorIds, Boolean immediateDanger, Boolean knownToServices,
                                Consent consent) implements PartnerReferral {

    /** The school, with its unique reference number (URN). */
    public record School(String name, String urn) {
    }

    public record Pupil(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String nhsNumber,
                       Gender gender, Address address, String yearGroup, Double attendancePercent, Ethnicity ethnicity,
                       List<Disability> disabilities) {

        Child toChild() {
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, ethnicity,
                    disabilities);
        }

        String schoolFacts() {
            if (yearGroup == null && attendancePercent == null) {
                return null;
            }
            return Narrative.of(givenName, Narrative.labelled("year group", yearGroup),
                    Narrative.labelled("attendance %", attendancePercent)).replace("\n", ", ");
        }
    }

    @Override
    public String reference() {
        return schoolReference;
    }

    @Override
    public ContactSubmission toSubmission() {
        String pupils = children.stream().map(Pupil::schoolFacts).filter(Objects::nonNull).collect(Collectors.joining("; "));
        return ContactSubmission.builder().packId(packId).externalReference(schoolReference).channel(Channel.PARTNER_KAFKA)
                .receivedAt(sentAt)
                .referrer(new Referrer(AgencyType.EDUCATION, school.name(), designatedSafeguardingLead.name(),
                        designatedSafeguardingLead.role() != null ? designatedSafeguardingLead.role() : "Designated safeguarding lead",
                        designatedSafeguardingLead.phone(), designatedSafeguardingLead.email()))
                .children(children.stream().map(Pupil::toChild).toList()).adults(adults)
                .concerns(new ContactSubmission.Concerns(indicatorIds,
                        Narrative.of(concern.narrative(), pupils.isEmpty() ? null : "School: " + pupils)))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(immediateDanger).consent(consent)
                .knownToServices(knownToServices).build();
    }
}
