package io.frontdoor.projection.partner;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestActor;
import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PartnerViewTest extends ProjectionTest {

    @Test
    void anAgencySeesTheStatusAndOutcomeOfItsOwnReferralsOnly() throws Exception {
        String school = unique("Example School");
        String police = unique("Example Police");
        ContactStory decided = contact(unique("c"), "luton", "2026-11-20T09:00:00Z").from("EDUCATION", school)
                .child("Amy", "Example", "2019-01-01").received().opened("GREEN", Duration.ofHours(72))
                .after(Duration.ofHours(3)).decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "NONE", false, false)
                .after(Duration.ofHours(2)).feedback("NOT_ACCEPTED", "Not accepted: advice given to the family")
                .after(Duration.ofHours(20)).feedback("OUTCOME", "Outcome: advice and signposting").closed("ADVICE_AND_SIGNPOSTING");
        ContactStory pending = contact(unique("c"), "luton", "2026-11-21T09:00:00Z").from("EDUCATION", school)
                .child("Ben", "Example", "2017-01-01").received().opened("AMBER", Duration.ofHours(24))
                .after(Duration.ofHours(1)).decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "DOWN", true, false);
        ContactStory policeReferral = contact(unique("c"), "luton", "2026-11-21T10:00:00Z").from("POLICE", police)
                .child("Cat", "Example", "2016-01-01").received().opened("RED", Duration.ofHours(4));
        given(decided, pending, policeReferral);
        TestActor schoolSystem = TestActor.partner("school.system", "EDUCATION", school);

        JsonNode referrals = get("/api/partner/referrals?agency=" + URLEncoder.encode(police, StandardCharsets.UTF_8), schoolSystem);

        assertThat(texts(referrals, "contactId")).containsExactly(pending.contactId(), decided.contactId());
        assertThat(texts(referrals, "status")).as("a pending authorisation is not the referrer's business")
                .containsExactly("BEING_CONSIDERED", "CLOSED");
        JsonNode closed = referrals.get(1);
        assertThat(closed.get("outcome").asString()).isEqualTo("Outcome: advice and signposting");
        assertThat(texts(closed.get("feedback"), "kind")).containsExactly("NOT_ACCEPTED", "OUTCOME");
        assertThat(closed.get("externalReference").asString()).isEqualTo("REF-" + decided.contactId());
        JsonNode decision = closed.get("decision");
        assertThat(decision.get("acceptedForSocialCare").asBoolean()).isFalse();
        assertThat(decision.get("routes").get(0).get("name").asString()).isEqualTo("Advice and signposting");
        assertThat(decision.get("routes").get(0).get("whatHappensNext").asString()).startsWith("Children's social care will not take further action");
        assertThat(referrals.get(0).get("decision").isNull()).as("a decision waiting for a manager is not yet the referrer's").isTrue();
        assertThat(closed.toString()).doesNotContain("synthetic rationale", "worker.one");

        assertThat(get("/api/partner/referrals/" + decided.contactId(), schoolSystem).get("status").asString()).isEqualTo("CLOSED");
        TestActor sameSchoolOtherSpelling = TestActor.partner("school.system", "EDUCATION", "  " + school.toUpperCase() + " ");
        assertThat(texts(get("/api/partner/referrals", sameSchoolOtherSpelling), "contactId"))
                .as("the agency's name compared as everywhere: ignoring case and outer spaces")
                .containsExactly(pending.contactId(), decided.contactId());
        assertThat(call("/api/partner/referrals/" + decided.contactId(), sameSchoolOtherSpelling).statusCode()).isEqualTo(200);
        long refusedBefore = refused(policeReferral.contactId());
        assertThat(call("/api/partner/referrals/" + policeReferral.contactId(), schoolSystem).statusCode())
                .as("another agency's referral does not exist for this one").isEqualTo(404);
        assertThat(refused(policeReferral.contactId()) - refusedBefore).as("and the attempt is audited as refused").isEqualTo(1);
        String unknown = unique("no-such-referral");
        assertThat(call("/api/partner/referrals/" + unknown, schoolSystem).statusCode()).isEqualTo(404);
        assertThat(refused(unknown)).as("an id that names no referral is nobody's record").isZero();
        assertThat(call("/api/partner/referrals/" + policeReferral.contactId() + "?agency="
                + URLEncoder.encode(police, StandardCharsets.UTF_8), schoolSystem).statusCode())
                .as("naming another agency in the request changes nothing").isEqualTo(404);
        assertThat(call("/api/partner/referrals/" + decided.contactId(), TestActor.partner("other.school", "EDUCATION", unique("Other School")))
                .statusCode()).as("another school").isEqualTo(404);
        assertThat(call("/api/partner/referrals/" + decided.contactId(), TestActor.partner("police.system", "POLICE", school))
                .statusCode()).as("same name, another kind of agency").isEqualTo(404);

        String asSchool = "?agency=" + URLEncoder.encode(school, StandardCharsets.UTF_8);
        assertThat(texts(get("/api/partner/referrals" + asSchool, TestActor.practitioner("pat")), "contactId"))
                .as("front-door staff see what the school sees").containsExactly(pending.contactId(), decided.contactId());
        assertThat(call("/api/partner/referrals", TestActor.practitioner("pat")).statusCode()).as("staff name the agency").isEqualTo(400);
    }

    long refused(String contactId) {
        return jdbc.queryForObject("SELECT count(*) FROM access_audit WHERE record_id = ? AND outcome = 'REFUSED'", Long.class, contactId);
    }
}
