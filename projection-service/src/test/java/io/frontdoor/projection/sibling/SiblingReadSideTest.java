package io.frontdoor.projection.sibling;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestActor;
import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One contact about a baby with a bruise and her brother of 15: each child's decision and routes on every screen. */
class SiblingReadSideTest extends ProjectionTest {

    private ContactStory babyAndTeenager(String pack, String agency, String ada, String ben) {
        return contact(unique("c"), pack, "2026-11-18T10:15:00Z").from("HEALTH", agency)
                .child("Ada", "Example", "2026-07-10").child("Ben", "Example", "2011-09-01").received()
                .openedPerChild("RED", Duration.ofHours(4), "SPECIALIST:RED:STRATEGY_DISCUSSION", "ADDITIONAL:GREEN:EARLY_HELP")
                .linked(0, ada).linked(1, ben).allocated("worker.one")
                .after(Duration.ofHours(1)).decidedPerChild(false, "SPECIALIST:STRATEGY_DISCUSSION:NONE", "ADDITIONAL:EARLY_HELP:NONE")
                .routedFor("STRATEGY_DISCUSSION", 0).routedFor("EARLY_HELP", 1);
    }

    @Test
    void theQueueKeepsOneRowPerContactWithTheMostUrgentChildsRagAndNamesTheChildren() throws Exception {
        clock.set("2026-11-18T10:30:00Z");
        String pack = unique("pack");
        ContactStory open = contact(unique("c"), pack, "2026-11-18T10:15:00Z").child("Ada", "Example", "2026-07-10")
                .child("Ben", "Example", "2011-09-01").received()
                .openedPerChild("RED", Duration.ofHours(4), "SPECIALIST:RED:STRATEGY_DISCUSSION", "ADDITIONAL:GREEN:EARLY_HELP");
        given(open);

        JsonNode queue = get("/api/queue?pack=" + pack);

        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.get(0).get("rag").asString()).isEqualTo("RED");
        assertThat(texts(queue.get(0).get("children"), "name")).containsExactly("Ada Example", "Ben Example");
    }

    @Test
    void theTimelineAndEachChildsChronologyShowThatChildsOwnDecision() throws Exception {
        clock.set("2026-11-25T12:00:00Z");
        String ada = unique("child");
        String ben = unique("child");
        ContactStory story = babyAndTeenager("nottingham-city", "Example Health", ada, ben);
        given(story);

        JsonNode timeline = get("/api/contacts/" + story.contactId() + "/timeline");
        List<String> summaries = texts(timeline.get("entries"), "summary");
        assertThat(summaries).anySatisfy(summary -> assertThat(summary)
                .contains("; Ada: Specialist, STRATEGY_DISCUSSION; Ben: Additional, EARLY_HELP"));
        assertThat(summaries).contains("Routed to strategy_discussion for Ada", "Routed to early_help for Ben");

        JsonNode adaContact = get("/api/children/" + ada + "/chronology").get("contacts").get(0);
        assertThat(adaContact.get("childIndex").asInt()).isZero();
        assertThat(adaContact.get("decisions").get(0).get("level").get("code").asString()).isEqualTo("SPECIALIST");
        assertThat(adaContact.get("decisions").get(0).get("rationale").asString()).isEqualTo("synthetic rationale for Ada");
        assertThat(texts(adaContact.get("routes"), "route")).containsExactly("STRATEGY_DISCUSSION");
        JsonNode benContact = get("/api/children/" + ben + "/chronology").get("contacts").get(0);
        assertThat(benContact.get("decisions").get(0).get("level").get("code").asString()).isEqualTo("ADDITIONAL");
        assertThat(benContact.get("decisions").get(0).get("routes").toString()).isEqualTo("[\"EARLY_HELP\"]");
        assertThat(texts(benContact.get("routes"), "route")).containsExactly("EARLY_HELP");
        assertThat(benContact.toString()).doesNotContain("synthetic rationale for Ada");
    }

    @Test
    void theDashboardCountsContactsAndChildrenEachInItsOwnUnit() throws Exception {
        clock.set("2026-11-25T12:00:00Z");
        String pack = unique("pack");
        ContactStory siblings = babyAndTeenager(pack, "Example Health", unique("child"), unique("child"));
        ContactStory single = contact(unique("c"), pack, "2026-11-19T10:00:00Z").child("Cy", "Example", "2016-01-01").received()
                .opened("AMBER", Duration.ofHours(24)).after(Duration.ofHours(2))
                .decided("TARGETED", List.of("SECTION_17_ASSESSMENT"), "NONE", false, true);
        given(siblings, single);

        JsonNode dashboard = get("/api/dashboard?from=2026-11-16&to=2026-11-29&pack=" + pack);

        assertThat(dashboard.get("contacts").asLong()).isEqualTo(2);
        assertThat(dashboard.get("children").asLong()).isEqualTo(3);
        assertThat(map(dashboard.get("byLevel"))).as("contacts, by their highest child").isEqualTo(Map.of("SPECIALIST", 1L, "TARGETED", 1L));
        assertThat(map(dashboard.get("childrenByLevel"))).as("children, each by its own decision")
                .isEqualTo(Map.of("SPECIALIST", 1L, "ADDITIONAL", 1L, "TARGETED", 1L));
        assertThat(map(dashboard.get("childrenByRoute")))
                .isEqualTo(Map.of("STRATEGY_DISCUSSION", 1L, "EARLY_HELP", 1L, "SECTION_17_ASSESSMENT", 1L));
    }

    @Test
    void theReferrerSeesEachChildsOutcome() throws Exception {
        String agency = unique("Example Health");
        ContactStory story = babyAndTeenager("nottingham-city", agency, unique("child"), unique("child"));
        given(story);

        JsonNode referral = get("/api/partner/referrals/" + story.contactId(), TestActor.partner("health.system", "HEALTH", agency));

        JsonNode outcomes = referral.get("childOutcomes");
        assertThat(texts(outcomes, "name")).containsExactly("Ada", "Ben");
        assertThat(outcomes.get(0).get("routes").toString()).isEqualTo("[\"strategy_discussion\"]");
        assertThat(outcomes.get(1).get("routes").toString()).isEqualTo("[\"early_help\"]");
        // the referrer sees its referral's decision in its own words (level and routes), never the worker's rationale
        assertThat(referral.toString()).doesNotContain("synthetic rationale", "rationale", "decidedBy");
        assertThat(call("/api/partner/referrals/" + story.contactId() + "?agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8),
                TestActor.partner("other.system", "HEALTH", unique("Other Health"))).statusCode()).isEqualTo(404);
    }

    static Map<String, Long> map(JsonNode object) {
        Map<String, Long> values = new TreeMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
        return values;
    }
}
