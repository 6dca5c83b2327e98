package io.frontdoor.projection.timeline;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TimelineViewTest extends ProjectionTest {

    @BeforeEach
    void now() {
        clock.set("2026-11-25T12:00:00Z");
    }

    static Map<String, JsonNode> timescales(JsonNode timeline) {
        Map<String, JsonNode> byKey = new HashMap<>();
        timeline.get("timescales").forEach(t -> byKey.put(t.get("kind").asString()
                + (t.get("reference").isNull() ? "" : ":" + t.get("reference").asString()), t));
        return byKey;
    }

    @Test
    void showsEveryEventInOrderWithItsActorAndEachTimescaleDueAgainstActual() throws Exception {
        ContactStory story = contact(unique("timeline"), "nottingham-city", "2026-11-20T09:00:00Z")
                .child("Testchild", "Example", "2021-05-05").received()
                .after(Duration.ofSeconds(5)).opened("AMBER", Duration.ofHours(24))
                .at("2026-11-20T10:00:00Z").allocated("worker.one")
                .checkRequested("police-1", "POLICE", Duration.ofHours(4))
                .checkRequested("health-1", "HEALTH", Duration.ofHours(2))
                .at("2026-11-20T13:00:00Z").checkAnswered("police-1", "POLICE")
                .at("2026-11-20T15:00:00Z").decided("ADDITIONAL", List.of("EARLY_HELP"), "DOWN", false, false)
                .routed("EARLY_HELP", null)
                .at("2026-11-21T10:00:00Z").feedback("NOT_ACCEPTED", "Not accepted for social care; passed to early help")
                .at("2026-11-23T11:00:00Z").feedback("OUTCOME", "Outcome letter: early help offered");
        given(story);

        JsonNode timeline = get("/api/contacts/" + story.contactId() + "/timeline");

        assertThat(texts(timeline.get("entries"), "type")).containsExactly("ContactReceived", "TriageOpened", "TriageAllocated",
                "PartnerCheckRequested", "PartnerCheckRequested", "PartnerCheckResponded", "DecisionRecorded", "ContactRouted",
                "FeedbackSent", "FeedbackSent");
        assertThat(texts(timeline.get("entries"), "actor")).containsExactly("Testshire Police", "front door", "manager.one",
                "worker.one", "worker.one", "worker.one", "worker.one", "front door", "worker.one", "worker.one");
        JsonNode decision = timeline.get("entries").get(6);
        assertThat(decision.get("summary").asString()).isEqualTo("Decision: Additional, EARLY_HELP, override DOWN");
        assertThat(decision.get("details").get("rationale").asString()).isEqualTo("synthetic rationale");
        assertThat(decision.get("occurredAt").asString()).isEqualTo("2026-11-20T15:00:00Z");
        JsonNode received = timeline.get("entries").get(0).get("details");
        assertThat(received.has("narrative")).isFalse();
        assertThat(received.toString()).doesNotContain("synthetic narrative", "Example Row");
        assertThat(timeline.get("entries").get(1).get("details").get("recommendation").get("pack").get("version").asString())
                .isEqualTo("1.0.0");

        Map<String, JsonNode> clocks = timescales(timeline);
        assertThat(clocks.get("DECISION").get("dueAt").asString()).isEqualTo("2026-11-21T09:00:00Z");
        assertThat(clocks.get("DECISION").get("actualAt").asString()).isEqualTo("2026-11-20T15:00:00Z");
        assertThat(clocks.get("DECISION").get("state").asString()).isEqualTo("MET");
        assertThat(clocks.get("FEEDBACK_NOT_ACCEPTED").get("dueAt").asString()).as("24 hours from the decision").isEqualTo("2026-11-21T15:00:00Z");
        assertThat(clocks.get("FEEDBACK_NOT_ACCEPTED").get("met").asBoolean()).isTrue();
        assertThat(clocks.get("OUTCOME_TO_REFERRER").get("dueAt").asString()).as("72 hours from receipt").isEqualTo("2026-11-23T09:00:00Z");
        assertThat(clocks.get("OUTCOME_TO_REFERRER").get("state").asString()).isEqualTo("LATE");
        assertThat(clocks.get("PARTNER_CHECK:police-1").get("state").asString()).isEqualTo("MET");
        assertThat(clocks.get("PARTNER_CHECK:police-1").get("about").asString()).isEqualTo("POLICE");
        assertThat(clocks.get("PARTNER_CHECK:health-1").get("state").asString()).isEqualTo("OVERDUE");
        assertThat(clocks.get("PARTNER_CHECK:health-1").get("met").asBoolean()).isFalse();
    }

    @Test
    void judgesLadoStrategyDiscussionAndMissedDeadlinesAndTakesTriagesOwnDueTimes() throws Exception {
        Instant ladoDue = Instant.parse("2026-11-23T17:00:00Z");
        ContactStory lado = contact(unique("lado"), "nottingham-city", "2026-11-20T16:00:00Z").child("A", "B", "2015-01-01")
                .received().opened("RED", Duration.ofHours(4))
                .at("2026-11-20T18:00:00Z").decided("SPECIALIST", List.of("LADO", "STRATEGY_DISCUSSION"), "NONE", false, true)
                .routed("LADO", ladoDue).routed("STRATEGY_DISCUSSION", Instant.parse("2026-11-21T18:00:00Z"))
                .feedbackDue("OUTCOME", Instant.parse("2026-11-25T17:00:00Z"))
                .at("2026-11-22T09:00:00Z").strategyOutcome(true)
                .at("2026-11-24T09:00:00Z").feedback("OUTCOME", "Outcome: the LADO and a strategy discussion are involved");
        ContactStory missed = contact(unique("missed"), "nottingham-city", "2026-11-20T09:00:00Z").child("C", "D", "2016-01-01")
                .received().opened("GREEN", Duration.ofHours(24))
                .at("2026-11-21T09:00:00Z").deadlinePassed("DECISION", null, Instant.parse("2026-11-21T09:00:00Z"));
        given(lado, missed);

        Map<String, JsonNode> clocks = timescales(get("/api/contacts/" + lado.contactId() + "/timeline"));
        assertThat(clocks.get("DECISION").get("state").asString()).as("decided at 18:00, due 20:00").isEqualTo("MET");
        assertThat(clocks.get("LADO").get("dueAt").asString()).isEqualTo("2026-11-23T17:00:00Z");
        assertThat(clocks.get("LADO").get("actualAt").asString()).isEqualTo("2026-11-20T18:00:00Z");
        assertThat(clocks.get("LADO").get("state").asString()).isEqualTo("MET");
        assertThat(clocks.get("STRATEGY_DISCUSSION").get("actualAt").asString()).isEqualTo("2026-11-22T09:00:00Z");
        assertThat(clocks.get("STRATEGY_DISCUSSION").get("state").asString()).isEqualTo("LATE");
        assertThat(clocks.get("OUTCOME_TO_REFERRER").get("dueAt").asString()).as("triage's own due time wins")
                .isEqualTo("2026-11-25T17:00:00Z");
        assertThat(clocks.get("OUTCOME_TO_REFERRER").get("state").asString()).isEqualTo("MET");
        assertThat(clocks).doesNotContainKey("FEEDBACK_NOT_ACCEPTED");

        JsonNode missedTimeline = get("/api/contacts/" + missed.contactId() + "/timeline");
        JsonNode decision = timescales(missedTimeline).get("DECISION");
        assertThat(decision.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(decision.get("breachRecorded").asBoolean()).isTrue();
        assertThat(missedTimeline.get("entries").get(2).get("summary").asString())
                .isEqualTo("Timescale missed: DECISION was due 21 Nov 2026 09:00; MANAGER told");
    }

    @Test
    void anUnknownContactIsNotFound() throws Exception {
        assertThat(call("/api/contacts/" + unique("nobody") + "/timeline").statusCode()).isEqualTo(404);
    }
}
