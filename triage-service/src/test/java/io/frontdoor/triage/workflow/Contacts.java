package io.frontdoor.triage.workflow;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.*;
import io.frontdoor.kernel.contact.DashRisk;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Synthetic contacts for the workflow tests; every name is obviously fictional. */
final class Contacts {

    private Contacts() {
    }

    static ContactSubmission contact(String pack, AgencyType agency, List<String> indicators, DomesticAbuse da, Instant receivedAt,
                                     LocalDate dateOfBirth) {
        return ContactSubmission.builder().packId(pack).externalReference("WF-" + java.util.UUID.randomUUID()).receivedAt(receivedAt)
                .referrer(new Referrer(agency, "Testshire " + agency, "Test Referrer", null, null, null))
                .children(List.of(new Child("Testchild", "Example" + java.util.UUID.randomUUID().toString().substring(0, 6), dateOfBirth,
                        null, null, null, new Address("1 Example Row", null, null, "NG1 1AA"))))
                .adults(List.of()).concerns(new Concerns(indicators, "synthetic workflow test")).domesticAbuse(da)
                .consent(new Consent(ConsentStatus.NOT_SOUGHT, "test")).build();
    }

    /** A contact naming several children, each with its own concerns (children built with {@link #child}). */
    static ContactSubmission siblings(String pack, AgencyType agency, List<String> forEveryChild, DomesticAbuse da, Instant receivedAt,
                                      Child... children) {
        return contact(pack, agency, forEveryChild, da, receivedAt, LocalDate.parse("2016-09-09")).toBuilder()
                .children(List.of(children)).build();
    }

    static Child child(String givenName, LocalDate dateOfBirth, String... ownIndicators) {
        return new Child(givenName, "Example-Sibling", dateOfBirth, null, null, null, new Address("1 Example Row", null, null, "NG1 1AA"))
                .withConcerns(List.of(ownIndicators), ownIndicators.length == 0 ? null : "synthetic: about " + givenName + " alone");
    }

    /** A school reports a child in immediate danger. */
    static ContactSubmission immediateDanger(String pack, Instant receivedAt) {
        return contact(pack, AgencyType.EDUCATION, List.of(), null, receivedAt, LocalDate.parse("2016-09-09")).toBuilder()
                .immediateDanger(true).build();
    }

    static ContactSubmission policeDomesticAbuse(String pack, DashRisk risk, Instant receivedAt) {
        return contact(pack, AgencyType.POLICE, List.of(), new DomesticAbuse(risk, true, receivedAt.minusSeconds(3600)), receivedAt,
                LocalDate.parse("2018-05-05"));
    }
}
