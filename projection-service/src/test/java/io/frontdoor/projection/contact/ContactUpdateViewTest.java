package io.frontdoor.projection.contact;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A referrer's update on the read side: the timeline says what changed and who sent it, the queue badges it. */
class ContactUpdateViewTest extends ProjectionTest {

    @BeforeEach
    void now() {
        clock.set("2026-11-20T10:00:00Z");
    }

    JsonNode queueEntry(String pack, String contactId) throws Exception {
        for (JsonNode entry : get("/api/queue?pack=" + pack)) {
            if (entry.get("contactId").asString().equals(contactId)) {
                return entry;
            }
        }
        throw new AssertionError(contactId + " is not in the queue");
    }

    @Test
    void anUpdateThatRaisedTheRiskMovesTheQueueEntryAndTheTimelineSaysWhatChangedAndWhoSentIt() throws Exception {
        String pack = unique("pack");
        Instant sooner = Instant.parse("2026-11-20T13:00:00Z");
        ContactStory story = contact(unique("updated"), pack, "2026-11-20T09:00:00Z").child("Testchild", "Example", "2021-05-05")
                .received().after(Duration.ofSeconds(5)).opened("AMBER", Duration.ofHours(24))
                .at("2026-11-20T09:30:00Z").updated(1, "police.system")
                .updateEvaluated(1, List.of("LEVEL", "RAG", "ROUTES"), "RED", sooner, "OPEN").updateAlert(1, List.of("RAG"), null);
        given(story);

        JsonNode entry = queueEntry(pack, story.contactId());
        assertThat(entry.get("updated").asBoolean()).isTrue();
        assertThat(entry.get("updates").asInt()).isEqualTo(1);
        assertThat(entry.get("lastUpdatedAt").asString()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(entry.get("needsReview").asBoolean()).isFalse();
        assertThat(entry.get("rag").asString()).isEqualTo("RED");
        assertThat(entry.get("decisionDueAt").asString()).isEqualTo(sooner.toString());

        JsonNode timeline = get("/api/contacts/" + story.contactId() + "/timeline");
        assertThat(texts(timeline.get("entries"), "type")).containsExactly("ContactReceived", "TriageOpened", "ContactUpdated",
                "UpdateEvaluated", "UpdateAlert");
        JsonNode update = timeline.get("entries").get(2);
        assertThat(update.get("actor").asString()).isEqualTo("police.system");
        assertThat(update.get("summary").asString()).isEqualTo("Update 1 from the referrer, sent by police.system: changed concerns.narrative");
        assertThat(update.get("details").get("changes").get(0).asString()).isEqualTo("concerns.narrative");
        assertThat(update.get("details").toString()).doesNotContain("synthetic narrative", "Example Row");
        assertThat(timeline.get("entries").get(3).get("summary").asString())
                .isEqualTo("Update 1 re-evaluated: raised the level, rag, routes (now RED, recommended Specialist, decision due 20 Nov 2026 13:00)");
        assertThat(timeline.get("entries").get(4).get("summary").asString()).isEqualTo("Alert: Update 1 raised the risk. Told the queue");
        JsonNode decisionClock = TimelineClock.of(timeline, "DECISION");
        assertThat(decisionClock.get("dueAt").asString()).isEqualTo(sooner.toString());
    }

    @Test
    void anUpdateAfterTheDecisionMarksTheEntryForReviewAndOneThatRaisedNothingChangesNoUrgency() throws Exception {
        String pack = unique("pack");
        ContactStory decided = contact(unique("decided"), pack, "2026-11-20T09:00:00Z").child("Testchild", "Example", "2021-05-05")
                .received().opened("AMBER", Duration.ofHours(24)).allocated("worker.one")
                .decided("TARGETED", List.of("SECTION_17_ASSESSMENT"), "NONE", false, true)
                .at("2026-11-20T09:40:00Z").updated(1, "pc.one")
                .updateEvaluated(1, List.of("ROUTES"), "AMBER", null, "DECIDED").flaggedForReview(1, List.of("ROUTES"), "worker.one");
        ContactStory calm = contact(unique("calm"), pack, "2026-11-20T09:00:00Z").child("Testchild", "Calm", "2021-05-05")
                .received().opened("GREEN", Duration.ofHours(72))
                .at("2026-11-20T09:40:00Z").updated(1, "pc.two").updateEvaluated(1, List.of(), "GREEN", null, "OPEN");
        given(decided, calm);

        JsonNode review = queueEntry(pack, decided.contactId());
        assertThat(review.get("needsReview").asBoolean()).isTrue();
        assertThat(review.get("status").asString()).isEqualTo("DECIDED");
        JsonNode unchanged = queueEntry(pack, calm.contactId());
        assertThat(unchanged.get("updated").asBoolean()).isTrue();
        assertThat(unchanged.get("needsReview").asBoolean()).isFalse();
        assertThat(unchanged.get("rag").asString()).isEqualTo("GREEN");
        assertThat(unchanged.get("decisionDueAt").asString()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(get("/api/contacts/" + calm.contactId() + "/timeline").get("entries").get(3).get("summary").asString())
                .isEqualTo("Update 1 re-evaluated: nothing rose, the recommendation stands");
        assertThat(get("/api/contacts/" + decided.contactId() + "/timeline").toString())
                .contains("Flagged for review: Update 1 raised the routes after the decision: review it.");
    }

    @Test
    void aReviewedDecisionIsNoLongerFlaggedAndTheTimelineSaysWhoReviewedIt() throws Exception {
        String pack = unique("pack");
        ContactStory reviewed = contact(unique("reviewed"), pack, "2026-11-20T09:00:00Z").child("Testchild", "Example", "2021-05-05")
                .received().opened("AMBER", Duration.ofHours(24)).allocated("worker.one")
                .decided("TARGETED", List.of("SECTION_17_ASSESSMENT"), "NONE", false, true)
                .at("2026-11-20T09:40:00Z").updated(1, "pc.one")
                .updateEvaluated(1, List.of("ROUTES"), "AMBER", null, "DECIDED").flaggedForReview(1, List.of("ROUTES"), "worker.one")
                .at("2026-11-20T10:10:00Z").reviewed(List.of(1), "DECISION_STANDS", "worker.one");
        given(reviewed);

        JsonNode entry = queueEntry(pack, reviewed.contactId());
        assertThat(entry.get("needsReview").asBoolean()).as("the flag is cleared").isFalse();
        assertThat(entry.get("status").asString()).isEqualTo("DECIDED");
        JsonNode last = lastEntry(get("/api/contacts/" + reviewed.contactId() + "/timeline"));
        assertThat(last.get("summary").asString())
                .isEqualTo("Review of the flagged decision: the decision stands (the plan already covers it)");
        assertThat(last.toString()).contains("worker.one");
    }

    private static JsonNode lastEntry(JsonNode timeline) {
        JsonNode entries = timeline.get("entries");
        return entries.get(entries.size() - 1);
    }

    /** One timescale of a timeline by its kind. */
    static final class TimelineClock {
        static JsonNode of(JsonNode timeline, String kind) {
            for (JsonNode clock : timeline.get("timescales")) {
                if (clock.get("kind").asString().equals(kind)) {
                    return clock;
                }
            }
            throw new AssertionError("no " + kind + " timescale");
        }
    }
}
