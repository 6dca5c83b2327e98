package io.frontdoor.projection.rebuild;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "What did the front door know at 10:45?" The queue and a timeline as they stood, from the events that had occurred by then. */
class AsAtTest extends ProjectionTest {

    @Test
    void theQueueAndATimelineAsTheyStoodAtAnInstant() throws Exception {
        clock.set("2026-11-25T12:00:00Z");
        String pack = unique("pack");
        ContactStory decided = contact(unique("a"), pack, "2026-11-24T09:00:00Z").child("Amy", "Example", "2019-01-01")
                .after(Duration.ofSeconds(1)).received().after(Duration.ofSeconds(4)).opened("AMBER", Duration.ofHours(24))
                .at("2026-11-24T10:00:00Z").allocated("worker.x")
                .at("2026-11-24T11:00:00Z").decided("ADDITIONAL", List.of("EARLY_HELP"), "NONE", false, false)
                .at("2026-11-24T12:00:00Z").closed("EARLY_HELP");
        ContactStory red = contact(unique("b"), pack, "2026-11-24T10:30:00Z").child("Ben", "Example", "2017-01-01")
                .received().after(Duration.ofSeconds(5)).opened("RED", Duration.ofHours(4));
        ContactStory lateArrival = contact(unique("c"), pack, "2026-11-24T09:30:00Z").child("Cat", "Example", "2016-01-01").received();
        given(decided, red, lateArrival);

        JsonNode at1045 = get("/api/queue?pack=" + pack + "&asAt=2026-11-24T10:45:00Z");
        assertThat(texts(at1045, "contactId")).containsExactly(red.contactId(), decided.contactId(), lateArrival.contactId());
        assertThat(texts(at1045, "status")).containsExactly("IN_TRIAGE", "IN_TRIAGE", "RECEIVED");
        assertThat(at1045.get(1).get("allocatedTo").asString()).isEqualTo("worker.x");
        assertThat(at1045.get(1).get("timeLeftSeconds").asLong()).as("judged at 10:45, not now").isEqualTo(22 * 3600 + 15 * 60);
        assertThat(texts(get("/api/queue?pack=" + pack + "&worker=worker.x&asAt=2026-11-24T10:45:00Z"), "contactId"))
                .containsExactly(decided.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack + "&asAt=2026-11-24T09:45:00Z"), "contactId"))
                .containsExactly(decided.contactId(), lateArrival.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack + "&asAt=2026-11-24T12:30:00Z"), "contactId"))
                .containsExactly(red.contactId(), lateArrival.contactId());
        assertThat(texts(get("/api/queue?pack=" + pack), "contactId")).containsExactly(red.contactId(), lateArrival.contactId());

        JsonNode timeline = get("/api/contacts/" + decided.contactId() + "/timeline?asAt=2026-11-24T10:45:00Z");
        assertThat(timeline.get("asAt").asString()).isEqualTo("2026-11-24T10:45:00Z");
        assertThat(timeline.get("status").asString()).isEqualTo("IN_TRIAGE");
        assertThat(texts(timeline.get("entries"), "type")).containsExactly("ContactReceived", "TriageOpened", "TriageAllocated");
        JsonNode decision = timeline.get("timescales").get(0);
        assertThat(decision.get("kind").asString()).isEqualTo("DECISION");
        assertThat(decision.get("state").asString()).isEqualTo("PENDING");
        assertThat(get("/api/contacts/" + decided.contactId() + "/timeline").get("entries").size()).as("the live timeline is untouched")
                .isEqualTo(5);
        assertThat(call("/api/contacts/" + decided.contactId() + "/timeline?asAt=2026-11-24T08:00:00Z").statusCode())
                .as("not yet received at 08:00").isEqualTo(404);
    }
}
