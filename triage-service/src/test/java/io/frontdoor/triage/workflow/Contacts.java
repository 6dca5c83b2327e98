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
        return new ContactSubmission(pack, "WF-" + java.util.UUID.randomUUID(), null, receivedAt,
                new Referrer(agency, "Testshire " + agency, "Test Referrer", null, null, null),
                List.of(new Child("Testchild", "Example" + java.util.UUID.randomUUID().toString().substring(0, 6), dateOfBirth,
                        null, null, null, new Address("1 Example Row", null, null, "NG1 1AA"))),
                List.of(), new Concerns(indicators, "synthetic workflow test"), da, null, null,
                new Consent(ConsentStatus.NOT_SOUGHT, "test"), null);
    }

    /** A contact naming several children, each with its own concerns (children built with {@link #child}). */
    static ContactSubmission siblings(String pack, AgencyType agency, List<String> forEveryChild, DomesticAbuse da, Instant receivedAt,
                                      Child... children) {
        ContactSubmission c = contact(pack, agency, forEveryChild, da, receivedAt, LocalDate.parse("2016-09-09"));
        return new ContactSubmission(c.packId(), c.externalReference(), c.channel(), c.receivedAt(), c.referrer(), List.of(children),
                c.adults(), c.concerns(), c.domesticAbuse(), null, null, c.consent(), null);
    }

    static Child child(String givenName, LocalDate dateOfBirth, String... ownIndicators) {
        return new Child(givenName, "Example-Sibling", dateOfBirth, null, null, null, new Address("1 Example Row", null, null, "NG1 1AA"))
                .withConcerns(List.of(ownIndicators), ownIndicators.length == 0 ? null : "synthetic: about " + givenName + " alone");
    }

    /** A school reports a child in immediate danger. */
    static ContactSubmission immediateDanger(String pack, Instant receivedAt) {
        ContactSubmission c = contact(pack, AgencyType.EDUCATION, List.of(), null, receivedAt, LocalDate.parse("2016-09-09"));
        return new ContactSubmission(c.packId(), c.externalReference(), c.channel(), c.receivedAt(), c.referrer(), c.children(),
                c.adults(), c.concerns(), null, null, true, c.consent(), null);
    }

    static ContactSubmission policeDomesticAbuse(String pack, DashRisk risk, Instant receivedAt) {
        return contact(pack, AgencyType.POLICE, List.of(), new DomesticAbuse(risk, true, receivedAt.minusSeconds(3600)), receivedAt,
                LocalDate.parse("2018-05-05"));
    }
}
