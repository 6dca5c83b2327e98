package io.frontdoor.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Address;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactSubmissionValidatorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    final ContactSubmissionValidator validator = new ContactSubmissionValidator(CLOCK);

    static ContactSubmission submission(String packId, List<Child> children) {
        return new ContactSubmission(packId, "REF-1", null, Instant.parse("2026-11-22T09:00:00Z"),
                new Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null),
                children, null, null, null, null, null, null, null);
    }

    static Child child(LocalDate dob, LocalDate edd, String nhs, String postcode) {
        return new Child("Testchild", "Example", dob, edd, nhs, null, new Address("1 Example Row", null, null, postcode));
    }

    @Test
    void aCompleteContactHasNoViolations() {
        assertThat(validator.validate(submission("luton", List.of(child(LocalDate.parse("2022-03-01"), null, "9434765919", "LU1 2BQ")))))
                .isEmpty();
    }

    @Test
    void anUnbornChildNeedsOnlyAnExpectedDate() {
        assertThat(validator.validate(submission("luton", List.of(child(null, LocalDate.parse("2027-02-01"), null, null))))).isEmpty();
    }

    @Test
    void reportsEveryFieldAtFault() {
        var violations = validator.validate(submission("atlantis", List.of(
                child(LocalDate.parse("2027-01-01"), null, "9434765918", "QQ1 1AA"),
                child(null, null, null, null))));
        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
                "packId", "children[0].dateOfBirth", "children[0].nhsNumber", "children[0].address.postcode",
                "children[1].dateOfBirth");
    }

    @Test
    void aContactMustNameAChild() {
        assertThat(validator.validate(submission("luton", List.of()))).extracting(Violation::field).containsExactly("children");
    }

    @Test
    void missingReferrerAndPackAreNamed() {
        var s = new ContactSubmission(null, null, null, null, null, List.of(child(LocalDate.parse("2020-01-01"), null, null, null)),
                null, null, null, null, null, null, null);
        assertThat(validator.validate(s)).extracting(Violation::field).containsExactlyInAnyOrder("packId", "referrer");
    }
}
