package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Address;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ContactSubmission.Concerns;
import io.frontdoor.kernel.contact.ContactSubmission.Consent;
import io.frontdoor.kernel.contact.ContactSubmission.DomesticAbuse;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import io.frontdoor.kernel.contact.DashRisk;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionChangesTest {

    static final Instant SENT = Instant.parse("2026-11-20T10:15:00Z");

    static ContactSubmission police(DashRisk risk, String narrative, List<Child> children, Instant sentAt) {
        return ContactSubmission.builder().packId("luton").externalReference("POL-1").receivedAt(sentAt)
                .referrer(new Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null)).children(children)
                .adults(List.of()).concerns(new Concerns(List.of(), narrative))
                .domesticAbuse(new DomesticAbuse(risk, true, Instant.parse("2026-11-19T23:40:00Z")))
                .allegationAgainstPersonInPositionOfTrust(false).immediateDanger(false)
                .consent(new Consent(ConsentStatus.NOT_SOUGHT, "police notification")).knownToServices(false).build();
    }

    static Child child(String given, String postcode) {
        return new Child(given, "Example", LocalDate.parse("2022-03-01"), null, null, null, new Address("1 Example Row", null, null, postcode));
    }

    @Test
    void theSameContentIsNoChangeEvenSentAtAnotherTime() {
        var first = police(DashRisk.MEDIUM, "argument", List.of(child("Testchild", "LU1 2BQ")), SENT);
        var again = police(DashRisk.MEDIUM, "argument", List.of(child("Testchild", "LU1 2BQ")), SENT.plusSeconds(3600));

        assertThat(SubmissionChanges.between(first, again)).isEmpty();
    }

    @Test
    void eachChangedFieldIsNamedByItsPathInTheContract() {
        var first = police(DashRisk.MEDIUM, "argument", List.of(child("Testchild", "LU1 2BQ")), SENT);
        var update = police(DashRisk.HIGH, "argument; knife used", List.of(child("Testchild", "LU2 7AB")), SENT);

        assertThat(SubmissionChanges.between(first, update))
                .containsExactly("children[0].address.postcode", "concerns.narrative", "domesticAbuse.dashRisk");
    }

    @Test
    void aChildAddedIsNamedAsThatChild() {
        var first = police(DashRisk.MEDIUM, "argument", List.of(child("Testchild", "LU1 2BQ")), SENT);
        var update = police(DashRisk.MEDIUM, "argument", List.of(child("Testchild", "LU1 2BQ"), child("Secondchild", "LU1 2BQ")), SENT);

        assertThat(SubmissionChanges.between(first, update)).containsExactly("children[1]");
    }
}
