package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.QueueWatch;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The read side over the running services, for one posted contact: its live arrival, its timeline, the referrer's view, a rebuild. */
class ReadSideTest {

    static JsonNode get(String path, String system) throws Exception {
        HttpResponse<String> response = RunningPlatform.call(Service.PROJECTION, "GET", path, null, system);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return RunningPlatform.JSON.readTree(response.body());
    }

    static QueueWatch stream;
    static String contactId;

    @BeforeAll
    static void aContactPostedWhileAPractitionerWatchesTheQueue() throws Exception {
        stream = QueueEvents.subscribe();
        var response = RunningPlatform.postContact(RunningPlatform.contact("READ-" + UUID.randomUUID(), "2026-11-20T09:30:00Z"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        contactId = RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopWatching() {
        if (stream != null) {
            stream.close();
        }
    }

    @Test
    void itArrivesLiveOnTheWatchedQueue() {
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(stream.inTriage).as("pushed to the browser's stream").containsKey(contactId));
    }

    @Test
    void itHasATimelineFromReceiptWithItsDecisionTimescale() throws Exception {
        JsonNode timeline = get("/api/contacts/" + contactId + "/timeline", RunningPlatform.PRACTITIONER);
        List<String> types = timeline.get("entries").valueStream().map(e -> e.get("type").asString()).toList();
        assertThat(types).startsWith("ContactReceived").contains("TriageOpened");
        assertThat(timeline.get("timescales").valueStream().map(t -> t.get("kind").asString())).contains("DECISION");
    }

    @Test
    void itsReferrerSeesItBeingConsidered() throws Exception {
        JsonNode own = get("/api/partner/referrals/" + contactId, RunningPlatform.POLICE_SYSTEM);
        assertThat(own.get("status").asString()).isEqualTo("BEING_CONSIDERED");
    }

    @Test
    void itSurvivesARebuildOfEveryView() throws Exception {
        HttpResponse<String> rebuild = RunningPlatform.call(Service.PROJECTION, "POST", "/api/admin/rebuilds?views=all", null,
                RunningPlatform.ADMIN);
        assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
        String id = RunningPlatform.JSON.readTree(rebuild.body()).get("id").asString();
        JsonNode progress = await("rebuild " + id + " finished").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> get("/api/admin/rebuilds/" + id, RunningPlatform.ADMIN),
                        state -> !state.get("state").asString().equals("RUNNING"));
        assertThat(progress.get("state").asString()).as(progress.toString()).isEqualTo("DONE");
        assertThat(ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(5)).get("referrerAgency").asString())
                .isEqualTo("POLICE");
    }
}
