package io.frontdoor.projection.queue;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QueueViewTest extends ProjectionTest {

    String pack;

    @BeforeEach
    void ownPack() {
        pack = unique("pack");
        clock.set("2026-11-20T12:00:00Z");
    }

    ContactStory opened(String name, String receivedAt, String rag, Duration decisionTime) {
        return contact(unique(name), pack, receivedAt).child("Testchild", name, "2020-02-02").received().after(Duration.ofSeconds(2))
                .opened(rag, decisionTime);
    }

    @Test
    void ordersOpenContactsByRagThenTimeLeftToTheDecision() throws Exception {
        ContactStory greenSoon = opened("green", "2026-11-20T08:00:00Z", "GREEN", Duration.ofHours(3));
        ContactStory amberLater = opened("amberlater", "2026-11-20T09:00:00Z", "AMBER", Duration.ofHours(24));
        ContactStory amberSooner = opened("ambersooner", "2026-11-20T10:00:00Z", "AMBER", Duration.ofHours(4));
        ContactStory red = opened("red", "2026-11-20T11:00:00Z", "RED", Duration.ofHours(4));
        ContactStory unrated = contact(unique("unrated"), pack, "2026-11-20T07:00:00Z").child("A", "B", "2019-01-01").received();
        given(greenSoon, amberLater, amberSooner, red, unrated);

        JsonNode queue = get("/api/queue?pack=" + pack);

        assertThat(texts(queue, "contactId")).containsExactly(red.contactId(), amberSooner.contactId(), amberLater.contactId(),
                greenSoon.contactId(), unrated.contactId());
        JsonNode first = queue.get(0);
        assertThat(first.get("status").asString()).isEqualTo("IN_TRIAGE");
        assertThat(first.get("decisionDueAt").asString()).isEqualTo("2026-11-20T15:00:00Z");
        assertThat(first.get("timeLeftSeconds").asLong()).isEqualTo(3 * 3600);
        assertThat(first.get("children").get(0).get("name").asString()).isEqualTo("Testchild red");
        assertThat(first.get("children").get(0).get("ageYears").asInt()).isEqualTo(6);
        assertThat(first.get("referrerAgency").asString()).isEqualTo("POLICE");
        assertThat(queue.get(4).get("status").asString()).isEqualTo("RECEIVED");
        JsonNode overdueGreen = queue.get(3);
        assertThat(overdueGreen.get("overdue").asBoolean()).isTrue();
        assertThat(overdueGreen.get("timeLeftSeconds").asLong()).isEqualTo(-3600);
    }

    @Test
    void filtersByRagWorkerAllocationAndOverdue() throws Exception {
        ContactStory mine = opened("mine", "2026-11-20T09:00:00Z", "RED", Duration.ofHours(4)).allocated("worker.me");
        ContactStory theirs = opened("theirs", "2026-11-20T09:00:00Z", "AMBER", Duration.ofHours(24)).allocated("worker.other");
        ContactStory nobodys = opened("nobodys", "2026-11-20T09:30:00Z", "GREEN", Duration.ofHours(72));
        ContactStory late = opened("late", "2026-11-19T09:00:00Z", "GREEN", Duration.ofHours(4));
        given(mine, theirs, nobodys, late);

        assertThat(texts(get("/api/queue?pack=" + pack + "&worker=worker.me"), "contactId")).containsExactly(mine.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack + "&unallocated=true"), "contactId"))
                .containsExactly(late.contactId(), nobodys.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack + "&rag=RED,AMBER"), "contactId")).containsExactly(mine.contactId(), theirs.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack + "&overdue=true"), "contactId")).containsExactly(late.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack + "&rag=green"), "contactId")).as("a code in any case")
                .containsExactly(late.contactId(), nobodys.contactId());

        for (String unknown : List.of("PURPLE", "RED,PURPLE")) {
            var refused = call("/api/queue?pack=" + pack + "&rag=" + unknown);
            assertThat(refused.statusCode()).as("rag=" + unknown).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"rag\"");
        }
        assertThat(call("/api/queue/stream?rag=PURPLE").statusCode()).as("the live queue too").isEqualTo(400);
        assertThat(get("/api/queue?pack=" + pack + "&worker=worker.me").get(0).get("allocatedTo").asString()).isEqualTo("worker.me");
    }

    @Test
    void aDecidedContactStaysWithoutAClockAndAClosedOneLeaves() throws Exception {
        ContactStory decided = opened("decided", "2026-11-20T09:00:00Z", "AMBER", Duration.ofHours(4))
                .after(Duration.ofHours(1)).decided("TARGETED", List.of("EARLY_HELP"), "NONE", false, false);
        ContactStory pending = opened("pending", "2026-11-20T09:00:00Z", "AMBER", Duration.ofHours(4))
                .after(Duration.ofHours(1)).decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "DOWN", true, false);
        ContactStory returned = opened("returned", "2026-11-20T09:00:00Z", "AMBER", Duration.ofHours(2))
                .after(Duration.ofHours(1)).decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "DOWN", true, false)
                .after(Duration.ofMinutes(30)).returned("please check the police record");
        ContactStory closed = opened("closed", "2026-11-20T09:00:00Z", "RED", Duration.ofHours(4))
                .after(Duration.ofHours(1)).decided("SPECIALIST", List.of("STRATEGY_DISCUSSION"), "NONE", false, true)
                .routed("STRATEGY_DISCUSSION", null).closed("ROUTED");
        given(decided, pending, returned, closed);

        JsonNode queue = get("/api/queue?pack=" + pack);

        assertThat(texts(queue, "contactId")).containsExactly(returned.contactId(), decided.contactId(), pending.contactId());
        assertThat(texts(queue, "status")).containsExactly("IN_TRIAGE", "DECIDED", "AWAITING_AUTHORISATION");
        assertThat(queue.get(0).get("overdue").asBoolean()).as("returned: the decision clock runs again").isTrue();
        assertThat(queue.get(1).get("timeLeftSeconds").isNull()).isTrue();
    }

    @Test
    void aContactReceivedAfterItsTriageOpenedStaysInTriageAndARedeliveryChangesNothing() throws Exception {
        ContactStory story = opened("order", "2026-11-20T09:00:00Z", "GREEN", Duration.ofHours(72));
        var received = story.events().get(0);
        var opened = story.events().get(1);
        live.record(List.of(opened));
        live.record(List.of(received, opened, received));

        JsonNode queue = get("/api/queue?pack=" + pack);

        assertThat(texts(queue, "status")).containsExactly("IN_TRIAGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE contact_id = ?", Long.class, story.contactId()))
                .isEqualTo(2);
    }

    @Test
    void rejectsAnAsAtInTheFuture() throws Exception {
        assertThat(call("/api/queue?asAt=2030-01-01T00:00:00Z").statusCode()).isEqualTo(400);
    }
}
