package io.frontdoor.projection.partner;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

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
        String asSchool = "agency=" + URLEncoder.encode(school, StandardCharsets.UTF_8);

        JsonNode referrals = get("/api/partner/referrals?" + asSchool);

        assertThat(texts(referrals, "contactId")).containsExactly(pending.contactId(), decided.contactId());
        assertThat(texts(referrals, "status")).as("a pending authorisation is not the referrer's business")
                .containsExactly("BEING_CONSIDERED", "CLOSED");
        JsonNode closed = referrals.get(1);
        assertThat(closed.get("outcome").asString()).isEqualTo("Outcome: advice and signposting");
        assertThat(texts(closed.get("feedback"), "kind")).containsExactly("NOT_ACCEPTED", "OUTCOME");
        assertThat(closed.get("externalReference").asString()).isEqualTo("REF-" + decided.contactId());
        assertThat(closed.has("decision")).isFalse();
        assertThat(closed.toString()).doesNotContain("synthetic rationale");

        assertThat(get("/api/partner/referrals/" + decided.contactId() + "?" + asSchool).get("status").asString()).isEqualTo("CLOSED");
        assertThat(call("/api/partner/referrals/" + policeReferral.contactId() + "?" + asSchool).statusCode())
                .as("another agency's referral does not exist for this one").isEqualTo(404);
        assertThat(call("/api/partner/referrals").statusCode()).as("no agency, no referrals").isEqualTo(400);
        assertThat(call("/api/partner/referrals/" + decided.contactId()).statusCode()).isEqualTo(400);
    }
}
