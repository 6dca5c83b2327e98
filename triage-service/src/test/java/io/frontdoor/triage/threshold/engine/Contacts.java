package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds test contacts with the vignette defaults: one child aged 7, a police referrer, consent given, Wednesday 18 Nov 2026 10:15. */
final class Contacts {

    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-18T10:15:00Z");

    private Instant receivedAt = WEDNESDAY_MORNING;
    private AgencyType agency = AgencyType.POLICE;
    private final List<ContactSubmission.Child> children = new ArrayList<>();
    private List<String> indicatorIds = List.of();
    private ContactSubmission.DomesticAbuse domesticAbuse;
    private Boolean positionOfTrust;
    private Boolean immediateDanger;
    private ConsentStatus consent = ConsentStatus.GIVEN;
    private Boolean known;

    static Contacts contact(String... indicatorIds) {
        Contacts contacts = new Contacts();
        contacts.indicatorIds = List.of(indicatorIds);
        return contacts;
    }

    static ContactSubmission.Child childBorn(String dateOfBirth) {
        return new ContactSubmission.Child("Testchild", "Example", LocalDate.parse(dateOfBirth), null, null, null, null);
    }

    static ContactSubmission.Child unbornDue(String expectedDateOfBirth) {
        return new ContactSubmission.Child("Unborn", "Example", null, LocalDate.parse(expectedDateOfBirth), null, null, null);
    }

    static ContactSubmission.Child childAged(int years) {
        return childBorn(WEDNESDAY_MORNING.atZone(ThresholdEngine.LONDON).toLocalDate().minusYears(years).minusMonths(2).toString());
    }

    Contacts children(ContactSubmission.Child... children) {
        this.children.clear();
        this.children.addAll(List.of(children));
        return this;
    }

    Contacts receivedAt(String instant) {
        this.receivedAt = instant == null ? null : Instant.parse(instant);
        return this;
    }

    Contacts referredBy(AgencyType agency) {
        this.agency = agency;
        return this;
    }

    Contacts domesticAbuse(DashRisk risk, boolean childrenPresent) {
        this.domesticAbuse = new ContactSubmission.DomesticAbuse(risk, childrenPresent, WEDNESDAY_MORNING.minusSeconds(36000));
        return this;
    }

    Contacts allegationAgainstPersonInPositionOfTrust() {
        this.positionOfTrust = true;
        return this;
    }

    Contacts immediateDanger() {
        this.immediateDanger = true;
        return this;
    }

    Contacts consent(ConsentStatus status) {
        this.consent = status;
        return this;
    }

    Contacts knownToServices() {
        this.known = true;
        return this;
    }

    ContactSubmission build() {
        List<ContactSubmission.Child> who = children.isEmpty() ? List.of(childAged(7)) : children;
        return ContactSubmission.builder().externalReference("TEST-1").channel(Channel.PARTNER_API)
                .receivedAt(receivedAt)
                .referrer(new ContactSubmission.Referrer(agency, "Test agency", "A Referrer", null, null, null))
                .children(who).adults(List.of()).concerns(new ContactSubmission.Concerns(indicatorIds, "test"))
                .domesticAbuse(domesticAbuse).allegationAgainstPersonInPositionOfTrust(positionOfTrust)
                .immediateDanger(immediateDanger).consent(new ContactSubmission.Consent(consent, null))
                .knownToServices(known).build();
    }
}
