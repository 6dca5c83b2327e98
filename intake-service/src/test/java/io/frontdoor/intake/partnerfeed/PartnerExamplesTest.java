package io.frontdoor.intake.partnerfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontdoor.intake.partnerfeed.PartnerExamples.Example;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.IndicatorCatalogue;
import io.frontdoor.kernel.validation.ContactSubmissionValidator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The shipped examples (deploy/examples) pass the feed's checks and read as valid contacts; the reader's checks in isolation. */
class PartnerExamplesTest {

    final PartnerReferralReader reader = new PartnerReferralReader(new PartnerReferralSchemas(), 262_144);
    final ContactSubmissionValidator validator = new ContactSubmissionValidator(Clock.systemUTC(), IndicatorCatalogue.fromClasspath("test-packs"));

    static ConsumerRecord<String, String> record(Example e) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("type", e.type().getBytes(StandardCharsets.UTF_8));
        headers.add("version", e.version().getBytes(StandardCharsets.UTF_8));
        headers.add("sender", e.sender().getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("t", 0, 0, 0, TimestampType.CREATE_TIME, 0, e.json().getBytes(StandardCharsets.UTF_8).length,
                e.key(), e.json(), headers, Optional.empty());
    }

    @Test
    void everyShippedExampleIsAValidContactOfItsType() {
        for (Example example : PartnerExamples.all()) {
            ReceivedReferral referral = reader.read(record(example));
            ContactSubmission contact = referral.message().toSubmission();
            assertThat(referral.type().type()).isEqualTo(example.type());
            assertThat(contact.externalReference()).isEqualTo(example.key());
            assertThat(contact.channel()).isEqualTo(Channel.PARTNER_KAFKA);
            assertThat(validator.validate(contact)).as(example.file()).isEmpty();
        }
        assertThat(reader.read(record(PartnerExamples.of("education-referral"))).message().toSubmission().referrer().agencyType())
                .isEqualTo(AgencyType.EDUCATION);
        ContactSubmission gp = reader.read(record(PartnerExamples.of("health-safeguarding"))).message().toSubmission();
        assertThat(gp.referrer().referralSource().code()).isEqualTo("3A");
        assertThat(gp.children().get(0).ethnicity()).isEqualTo(io.frontdoor.kernel.contact.Ethnicity.BAFR);
        assertThat(reader.read(record(PartnerExamples.of("education-referral"))).message().toSubmission().children().get(0).ethnicity())
                .isEqualTo(io.frontdoor.kernel.contact.Ethnicity.WROM);
    }

    /** Another Front Door service (an early-help step-up) sends a ContactSubmission as Jackson writes it: nulls included. */
    @Test
    void aMultiAgencyReferralMayCarryExplicitNullsAsDesignMdShowsThem() {
        ContactSubmission submission = ContactSubmission.builder().packId("luton").externalReference("STEP-UP-1")
                .referrer(new ContactSubmission.Referrer(AgencyType.LOCAL_AUTHORITY, "Demo Early Help (fictional)", "Example Worker", null,
                        null, null, io.frontdoor.kernel.contact.ReferrerService.EARLY_HELP))
                .children(java.util.List.of(new ContactSubmission.Child("Testchild", "Example", java.time.LocalDate.parse("2020-02-02"), null,
                        null, null, null)))
                .build();
        String json = io.frontdoor.platform.messaging.EventEnvelopes.JSON.writeValueAsString(submission);
        assertThat(json).contains("\"expectedDateOfBirth\":null", "\"domesticAbuse\":null");
        Example stepUp = new Example("-", "multi-agency-referral", "1", "frontdoor-early-help", "STEP-UP-1", json);

        ReceivedReferral referral = reader.read(record(stepUp));

        assertThat(referral.message().toSubmission().referrer().agencyName()).isEqualTo("Demo Early Help (fictional)");
        assertThat(referral.message().toSubmission().referrer().referralSource().code()).as("a step-up from early help").isEqualTo("5D");
        assertThat(validator.validate(referral.message().toSubmission())).isEmpty();
    }

    @Test
    void aPoliceNotificationSaysWhetherTheChildrenLiveInTheHouseholdAndWhetherTheyWerePresent() {
        Example police = PartnerExamples.of("police-domestic-abuse");
        Example notPresent = police.withJson(police.json().replace("\"childrenPresent\": true", "\"childrenPresent\": false"));
        assertThat(notPresent.json()).contains("\"childrenPresent\": false");

        ContactSubmission.DomesticAbuse da = reader.read(record(notPresent)).message().toSubmission().domesticAbuse();

        assertThat(da.childrenInHousehold()).as("the notification lists the children of the household").isTrue();
        assertThat(da.childrenPresent()).as("at the incident").isFalse();
    }

    /** A step-up names each child by the id the child index gave it; the schema says what the field is. */
    @Test
    void aMultiAgencyReferralMayNameAChildByFrontDoorsChildId() {
        ContactSubmission read = reader.read(record(stepUpNaming("5f0c8a8e-1111-4c4c-9999-000000000001"))).message().toSubmission();

        assertThat(read.children().get(0).childId()).isEqualTo("5f0c8a8e-1111-4c4c-9999-000000000001");
    }

    @Test
    void aChildIdFrontDoorCouldNotHaveGivenFailsTheSchema() {
        Example spoofed = stepUpNaming("'; DROP TABLE child_index; --");

        assertThatThrownBy(() -> reader.read(record(spoofed))).isInstanceOf(PartnerReferralRejected.class)
                .hasMessageContaining("childId");
    }

    /** An early-help step-up naming its child by {@code childId}, as Jackson writes it. */
    private static Example stepUpNaming(String childId) {
        ContactSubmission submission = ContactSubmission.builder().packId("luton").externalReference("STEP-UP-2")
                .referrer(new ContactSubmission.Referrer(AgencyType.LOCAL_AUTHORITY, "Demo Early Help (fictional)", "Example Worker", null,
                        null, null))
                .children(java.util.List.of(new ContactSubmission.Child("Testchild", "Example", java.time.LocalDate.parse("2020-02-02"), null,
                        null, null, null).withChildId(childId)))
                .build();
        String json = io.frontdoor.platform.messaging.EventEnvelopes.JSON.writeValueAsString(submission);
        return new Example("-", "multi-agency-referral", "1", "frontdoor-early-help", "STEP-UP-2", json);
    }

    @Test
    void aHealthReferralNeedsTheNhsNumberOfABornChild() {
        Example health = PartnerExamples.of("health-safeguarding");
        Example withoutNhsNumber = health.withJson(health.json().replace("\"nhsNumber\": \"9990000026\",", ""));
        assertThatThrownBy(() -> reader.read(record(withoutNhsNumber))).isInstanceOf(PartnerReferralRejected.class)
                .hasMessageContaining("fails schema health-safeguarding v1").hasMessageContaining("/children/0: required property 'nhsNumber'");
    }

    @Test
    void anEthnicityOrServiceCodeTheDfeDoesNotHaveFailsTheSchema() {
        Example health = PartnerExamples.of("health-safeguarding");
        Example badEthnicity = health.withJson(health.json().replace("\"BAFR\"", "\"AFRICAN\""));
        assertThatThrownBy(() -> reader.read(record(badEthnicity))).isInstanceOf(PartnerReferralRejected.class)
                .hasMessageContaining("/children/0/ethnicity");
        Example badService = health.withJson(health.json().replace("\"service\": \"GP\"", "\"service\": \"SCHOOL\""));
        assertThatThrownBy(() -> reader.read(record(badService))).isInstanceOf(PartnerReferralRejected.class)
                .hasMessageContaining("/organisation/service");
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsRejectedNotIgnored() {
        Example school = PartnerExamples.of("education-referral");
        Example withTypo = school.withJson(school.json().replace("\"consent\":", "\"consnet\": {}, \"consent\":"));
        assertThatThrownBy(() -> reader.read(record(withTypo))).isInstanceOf(PartnerReferralRejected.class)
                .hasMessageContaining("consnet");
    }

    @Test
    void aDateThatIsNotADateFailsTheSchema() {
        Example police = PartnerExamples.of("police-child-concern");
        Example badDate = police.withJson(police.json().replace("2016-06-01", "2016-13-45"));
        assertThatThrownBy(() -> reader.read(record(badDate))).isInstanceOfSatisfying(PartnerReferralRejected.class,
                e -> assertThat(e.reasonCode()).isEqualTo("SCHEMA"));
    }
}
