package io.frontdoor.projection.review;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DecisionsUnderReviewTest extends ProjectionTest {

    @Test
    void overridesWithTheirAuthorisationAndReturnedDecisionsAreListedAndEachLookIsAudited() throws Exception {
        String pack = unique("pack");
        ContactStory downAndAuthorised = contact(unique("c"), pack, "2025-03-03T09:00:00Z").child("Ann", "Example", "2019-01-01")
                .received().opened("AMBER", Duration.ofHours(24)).after(Duration.ofHours(2))
                .decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "DOWN", true, false).after(Duration.ofHours(1)).authorised();
        ContactStory returnedThenAgreed = contact(unique("c"), pack, "2025-03-04T09:00:00Z").child("Bob", "Example", "2018-01-01")
                .received().opened("AMBER", Duration.ofHours(24)).after(Duration.ofHours(2))
                .decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "DOWN", true, false).after(Duration.ofHours(1))
                .returned("look again: the school's concerns are not addressed");
        ContactStory asRecommended = contact(unique("c"), pack, "2025-03-05T09:00:00Z").child("Cy", "Example", "2017-01-01")
                .received().opened("AMBER", Duration.ofHours(24)).after(Duration.ofHours(2))
                .decided("TARGETED", List.of("EARLY_HELP"), "NONE", false, false);
        given(downAndAuthorised, returnedThenAgreed, asRecommended);

        JsonNode listed = get("/api/decisions/under-review?from=2025-03-01&to=2025-03-31");

        assertThat(texts(listed, "contactId")).contains(downAndAuthorised.contactId(), returnedThenAgreed.contactId())
                .doesNotContain(asRecommended.contactId());
        JsonNode authorised = find(listed, downAndAuthorised.contactId());
        assertThat(strings(authorised.get("reasons"))).containsExactly("OVERRIDE_DOWN");
        assertThat(authorised.get("decisions").get(0).get("authorisation").asString()).isEqualTo("AUTHORISED");
        assertThat(strings(find(listed, returnedThenAgreed.contactId()).get("reasons"))).contains("RETURNED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_audit WHERE record_id = ? AND endpoint = ?", Long.class,
                downAndAuthorised.contactId(), "GET /api/decisions/under-review")).isEqualTo(1);
        assertThat(call("/api/decisions/under-review?from=2025-03-31&to=2025-03-01").statusCode()).isEqualTo(400);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    static JsonNode find(JsonNode list, String contactId) {
        for (JsonNode item : list) {
            if (item.get("contactId").asString().equals(contactId)) {
                return item;
            }
        }
        throw new AssertionError("not listed: " + contactId);
    }
}
