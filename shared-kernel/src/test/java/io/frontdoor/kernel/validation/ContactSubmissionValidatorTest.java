package io.frontdoor.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Address;
import io.frontdoor.kernel.contact.ContactSubmission.Adult;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ContactSubmission.Concerns;
import io.frontdoor.kernel.contact.ContactSubmission.DomesticAbuse;
import io.frontdoor.kernel.contact.ContactSubmission.Referrer;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactSubmissionValidatorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final IndicatorCatalogue INDICATORS = IndicatorCatalogue.of(Map.of(
            "luton", Set.of("luton.l4.parenting.basic-care.consistent-violence"),
            "north-lincolnshire", Set.of("north-lincolnshire.l3.child.health.non-mobile-bruise")));
    final ContactSubmissionValidator validator = new ContactSubmissionValidator(CLOCK, INDICATORS);

    static ContactSubmission submission(String packId, List<Child> children) {
        return withConcerns(packId, children, null);
    }

    static ContactSubmission withConcerns(String packId, List<Child> children, Concerns concerns) {
        return fromThePolice().packId(packId).children(children).concerns(concerns).build();
    }

    /** Pack luton, reference REF-1, received an hour before the clock's now, from the police; no children yet. */
    static ContactSubmission.Builder fromThePolice() {
        return ContactSubmission.builder().packId("luton").externalReference("REF-1").receivedAt(Instant.parse("2026-11-22T09:00:00Z"))
                .referrer(new Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null));
    }

    static Child child(LocalDate dob, LocalDate edd, String nhs, String postcode) {
        return new Child("Testchild", "Example", dob, edd, nhs, null, new Address("1 Example Row", null, null, postcode));
    }

    static Child aChild() {
        return child(LocalDate.parse("2022-03-01"), null, "9434765919", "LU1 2BQ");
    }

    static List<String> fieldsAtFault(ContactSubmission s, ContactSubmissionValidator validator) {
        return validator.validate(s).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteContactHasNoViolations() {
        assertThat(validator.validate(withConcerns("luton", List.of(aChild()),
                new Concerns(List.of("luton.l4.parenting.basic-care.consistent-violence"), "synthetic")))).isEmpty();
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
    void aChildIdFrontDoorGaveIsValid() {
        assertThat(validator.validate(submission("luton", List.of(aChild().withChildId("5f0c8a8e-1111-4c4c-9999-000000000001")))))
                .isEmpty();
    }

    @Test
    void aChildIdFrontDoorCouldNotHaveGivenIsNamed() {
        assertThat(fieldsAtFault(submission("luton", List.of(aChild().withChildId("x".repeat(65)), aChild().withChildId("a b"))),
                validator)).containsExactly("children[0].childId", "children[1].childId");
    }

    @Test
    void aContactMustNameAChild() {
        assertThat(validator.validate(submission("luton", List.of()))).extracting(Violation::field).containsExactly("children");
    }

    @Test
    void missingReferrerAndPackAreNamed() {
        var s = ContactSubmission.builder().children(List.of(child(LocalDate.parse("2020-01-01"), null, null, null))).build();
        assertThat(validator.validate(s)).extracting(Violation::field).containsExactlyInAnyOrder("packId", "referrer");
    }

    @Test
    void anIndicatorMustBeOneOfTheNamedPacks() {
        var s = withConcerns("luton", List.of(aChild()), new Concerns(Arrays.asList(
                "luton.l4.parenting.basic-care.consistent-violence",
                "luton.l9.made-up",
                "north-lincolnshire.l3.child.health.non-mobile-bruise",
                " "), null));

        var violations = validator.validate(s);

        assertThat(violations).extracting(Violation::field)
                .containsExactly("concerns.indicatorIds[1]", "concerns.indicatorIds[2]", "concerns.indicatorIds[3]");
        assertThat(violations.get(0).message()).isEqualTo("is not an indicator of pack 'luton'");
    }

    @Test
    void aChildsOwnIndicatorsAndNarrativeMayBeGiven() {
        assertThat(validator.validate(submission("luton", List.of(ownConcerns())))).isEmpty();
    }

    @Test
    void aChildsOwnIndicatorsAndNarrativeAreCheckedWhereTheyAre() {
        var wrong = aChild().withConcerns(List.of("luton.l4.parenting.basic-care.consistent-violence", "luton.l9.made-up"),
                "x".repeat(20_001));

        assertThat(validator.validate(submission("luton", List.of(ownConcerns(), wrong)))).extracting(Violation::field)
                .containsExactly("children[1].narrative", "children[1].indicatorIds[1]");
    }

    private static Child ownConcerns() {
        return aChild().withConcerns(List.of("luton.l4.parenting.basic-care.consistent-violence"), "synthetic");
    }

    @Test
    void anIndicatorOfAPackWithoutACatalogueCannotBeAccepted() {
        var s = withConcerns("nottingham-city", List.of(aChild()), new Concerns(List.of("nottingham-city.l4.any"), null));
        assertThat(validator.validate(s)).extracting(Violation::message)
                .containsExactly("unknown pack; known: [luton, north-lincolnshire]",
                        "cannot be checked: no indicator list for pack 'nottingham-city'");
    }

    @Test
    void datesMustBeConsistent() {
        var bothDates = child(LocalDate.parse("2022-03-01"), LocalDate.parse("2027-01-01"), null, null);
        var longOverdue = child(null, LocalDate.parse("2026-09-01"), null, null);
        var tooFarAhead = child(null, LocalDate.parse("2027-11-01"), null, null);
        var tooOld = child(LocalDate.parse("1990-01-01"), null, null, null);
        assertThat(fieldsAtFault(submission("luton", List.of(bothDates, longOverdue, tooFarAhead, tooOld)), validator))
                .containsExactly("children[0].expectedDateOfBirth", "children[1].expectedDateOfBirth",
                        "children[2].expectedDateOfBirth", "children[3].dateOfBirth");
    }

    @Test
    void aChildsOwnDomesticAbuseFactsNameOneChildOfTheContactOnce() {
        var s = fromThePolice().children(List.of(aChild(), aChild(), aChild()))
                .domesticAbuse(new DomesticAbuse(DashRisk.MEDIUM, true, null, true,
                        List.of(SECOND_CHILD_AWAY, new ContactSubmission.ChildAtIncident(3, true, true), SECOND_CHILD_AT_HOME)))
                .build();
        assertThat(fieldsAtFault(s, validator)).containsExactly("domesticAbuse.children[1].childIndex", "domesticAbuse.children[2].childIndex");
    }

    static final ContactSubmission.ChildAtIncident SECOND_CHILD_AWAY = new ContactSubmission.ChildAtIncident(1, false, false);
    static final ContactSubmission.ChildAtIncident SECOND_CHILD_AT_HOME = new ContactSubmission.ChildAtIncident(1, true, true);

    @Test
    void aChildsOwnDomesticAbuseFactOverridesTheContacts() {
        var da = new DomesticAbuse(DashRisk.MEDIUM, true, null, true, List.of(SECOND_CHILD_AWAY));
        assertThat(da.livesInHousehold(0)).as("the contact's fact").isTrue();
        assertThat(da.livesInHousehold(1)).as("the child's own").isFalse();
    }

    @Test
    void aDomesticAbuseFactAChildsEntryLeavesOutIsTheContacts() {
        assertThat(new DomesticAbuse(DashRisk.MEDIUM, true, null, true, List.of(new ContactSubmission.ChildAtIncident(2, true, null)))
                .presentAtIncident(2)).as("a fact the child's entry leaves out is the contact's").isTrue();
    }

    @Test
    void anIncidentCannotBeInTheFutureNorAnAdultBornThere() {
        var s = fromThePolice().receivedAt(null).children(List.of(aChild()))
                .adults(List.of(new Adult("Test", "Adult", LocalDate.parse("2030-01-01"), "MOTHER")))
                .domesticAbuse(new DomesticAbuse(DashRisk.HIGH, true, Instant.parse("2026-12-01T00:00:00Z"))).build();
        assertThat(fieldsAtFault(s, validator)).containsExactlyInAnyOrder("adults[0].dateOfBirth", "domesticAbuse.incidentAt");
    }

    @Test
    void aContactCannotBeReceivedBeforeItsChildWasBorn() {
        var s = fromThePolice().receivedAt(Instant.parse("2020-01-01T10:00:00Z"))
                .children(List.of(child(LocalDate.parse("2019-06-01"), null, null, null), aChild())).build();
        var violations = validator.validate(s);
        assertThat(violations).extracting(Violation::field).containsExactly("receivedAt");
        assertThat(violations.get(0).message()).contains("children[1]");
    }

    @Test
    void stringsHaveLimits() {
        String longName = "x".repeat(101);
        var s = ContactSubmission.builder().packId("luton").externalReference("R".repeat(101))
                .referrer(new Referrer(AgencyType.HEALTH, longName, longName, longName, "0".repeat(41), null))
                .children(List.of(new Child(longName, "Example", LocalDate.parse("2022-03-01"), null, null, null,
                        new Address("y".repeat(201), null, null, null))))
                .concerns(new Concerns(List.of(), "z".repeat(20_001))).build();
        assertThat(fieldsAtFault(s, validator)).containsExactlyInAnyOrder("externalReference", "referrer.agencyName",
                "referrer.name", "referrer.role", "referrer.phone", "children[0].givenName", "children[0].address.line1",
                "concerns.narrative");
    }

    @Test
    void checkThrowsWithEveryViolation() {
        assertThatThrownBy(() -> validator.check(submission("luton", List.of())))
                .isInstanceOfSatisfying(InvalidSubmissionException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("children"));
    }

    @Test
    void returnsCodesAreOptionalSoAContactWithoutThemStaysValid() {
        Child child = aChild();
        assertThat(child.ethnicity()).isNull();
        assertThat(child.disabilities()).isEmpty();
        assertThat(validator.validate(submission("luton", List.of(child)))).isEmpty();
    }

    @Test
    void noDisabilityCannotGoWithADisabilityAndNoCodeIsNull() {
        Child withCodes = new Child("Testchild", "Example", LocalDate.parse("2022-03-01"), null, null, null, null,
                io.frontdoor.kernel.contact.Ethnicity.NOBT,
                Arrays.asList(io.frontdoor.kernel.contact.Disability.NONE, io.frontdoor.kernel.contact.Disability.AUT, null));
        assertThat(fieldsAtFault(submission("luton", List.of(withCodes)), validator))
                .containsExactlyInAnyOrder("children[0].disabilities[2]", "children[0].disabilities");
    }

    @Test
    void aReferrersServiceMustBeOneOfItsAgencyType() {
        var policeAsAGp = fromThePolice().referrer(new Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null,
                io.frontdoor.kernel.contact.ReferrerService.GP)).children(List.of(aChild())).build();
        assertThat(validator.validate(policeAsAGp)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("referrer.service");
            assertThat(v.message()).contains("HEALTH");
        });
    }

    @Test
    void aHealthReferrerMayNameItsService() {
        var gp = new Referrer(AgencyType.HEALTH, "Demo Surgery (fictional)", "Dr Example", null, null, null,
                io.frontdoor.kernel.contact.ReferrerService.GP);
        assertThat(validator.validate(ContactSubmission.builder().packId("luton").externalReference("REF-2").referrer(gp)
                .children(List.of(aChild())).build())).isEmpty();
    }
}
