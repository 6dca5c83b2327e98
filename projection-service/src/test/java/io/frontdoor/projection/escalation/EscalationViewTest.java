package io.frontdoor.projection.escalation;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EscalationViewTest extends ProjectionTest {

    @Test
    void recordsEachStageWithWhoWhenAndHowLongAgainstItsLimit() throws Exception {
        clock.set("2026-11-26T12:00:00Z");
        String climbed = unique("esc");
        String open = unique("esc");
        ContactStory story = contact(unique("c"), "nottingham-city", "2026-11-20T09:00:00Z").child("A", "B", "2018-01-01")
                .received().opened("AMBER", Duration.ofHours(24))
                .at("2026-11-20T12:00:00Z").decided("ADDITIONAL", List.of("EARLY_HELP"), "NONE", false, false)
                .at("2026-11-21T09:00:00Z").escalationRaised(climbed, "duty social care worker", Instant.parse("2026-11-22T09:00:00Z"))
                .at("2026-11-22T09:00:00Z").escalationStage(climbed, 1, "duty social care worker", "ESCALATED", 2, "duty manager",
                        Instant.parse("2026-11-23T09:00:00Z"), true)
                .at("2026-11-22T15:00:00Z").escalationStage(climbed, 2, "duty manager", "DECISION_CHANGED", null, null, null, false)
                .revised("TARGETED", List.of("SECTION_17_ASSESSMENT"))
                .at("2026-11-25T09:00:00Z").escalationRaised(open, "duty social care worker", Instant.parse("2026-11-26T09:00:00Z"));
        given(story);

        JsonNode audit = get("/api/escalations/" + climbed);

        assertThat(audit.get("open").asBoolean()).isFalse();
        assertThat(audit.get("outcome").asString()).isEqualTo("DECISION_CHANGED");
        assertThat(audit.get("raisedBy").asString()).isEqualTo("A Referrer");
        assertThat(audit.get("totalSeconds").asLong()).isEqualTo(30 * 3600);
        JsonNode first = audit.get("stages").get(0);
        assertThat(first.get("role").asString()).isEqualTo("duty social care worker");
        assertThat(first.get("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("withinLimit").asBoolean()).isFalse();
        assertThat(first.get("limitSeconds").asLong()).isEqualTo(24 * 3600);
        JsonNode second = audit.get("stages").get(1);
        assertThat(second.get("startedAt").asString()).as("the next clock starts when the first limit passed")
                .isEqualTo("2026-11-22T09:00:00Z");
        assertThat(second.get("tookSeconds").asLong()).isEqualTo(6 * 3600);
        assertThat(second.get("withinLimit").asBoolean()).isTrue();
        assertThat(second.get("recordedBy").asString()).isEqualTo("duty.manager");

        JsonNode openOnes = get("/api/escalations?open=true&contactId=" + story.contactId());
        assertThat(texts(openOnes, "escalationId")).containsExactly(open);
        assertThat(openOnes.get(0).get("currentStage").asInt()).isEqualTo(1);
        assertThat(openOnes.get(0).get("stages").get(0).get("withinLimit").asBoolean()).as("past its limit at noon").isFalse();
        assertThat(texts(get("/api/escalations?contactId=" + story.contactId()), "escalationId")).containsExactly(open, climbed);
        assertThat(call("/api/escalations/" + unique("esc")).statusCode()).isEqualTo(404);
    }

    /** Once a 500: an open stage still within its limit has no verdict yet, and the audit says so rather than crashing. */
    @Test
    void anOpenDisagreementWithinItsLimitIsListedWithNoVerdictYet() throws Exception {
        clock.set("2026-11-26T12:00:00Z");
        String open = unique("esc");
        ContactStory story = contact(unique("c"), "nottingham-city", "2026-11-25T09:00:00Z").child("A", "B", "2018-01-01")
                .received().opened("AMBER", Duration.ofHours(24))
                .at("2026-11-26T09:00:00Z").escalationRaised(open, "duty social care worker", Instant.parse("2026-11-28T09:00:00Z"));
        given(story);

        var all = call("/api/escalations");

        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonNode listed = get("/api/escalations?contactId=" + story.contactId());
        assertThat(texts(listed, "escalationId")).containsExactly(open);
        JsonNode stage = listed.get(0).get("stages").get(0);
        assertThat(stage.get("withinLimit").isNull()).as("not yet past its limit, not yet ended").isTrue();
        assertThat(stage.get("tookSeconds").asLong()).isEqualTo(3 * 3600);
    }
}
