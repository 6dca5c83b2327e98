package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The walking skeleton: a contact posted to intake travels over Kafka through triage into the queue. */
class ContactToQueueTest {

    @Test
    void aContactPostedToIntakeAppearsInTheQueue() throws Exception {
        var response = RunningPlatform.postContact(RunningPlatform.contact("E2E-" + UUID.randomUUID(), "2026-11-20T09:00:00Z"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String contactId = RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();

        JsonNode entry = awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));

        assertThat(entry.get("referrerAgency").asString()).isEqualTo("POLICE");
        assertThat(entry.get("receivedAt").asString()).isEqualTo("2026-11-20T09:00:00Z");
        assertThat(entry.get("children").get(0).get("name").asString()).isEqualTo("Testchild Example");
        assertThat(entry.get("children").get(0).get("ageYears").asInt()).isBetween(6, 7);
        assertThat(entry.get("decisionDueAt").isNull()).isFalse();
    }

    static JsonNode awaitInQueue(String contactId, String status, Duration timeout) throws Exception {
        return await("contact " + contactId + " " + status + " in the queue").atMost(timeout).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).until(() -> entry(contactId),
                        entry -> entry != null && entry.get("status").asString().equals(status));
    }

    private static JsonNode entry(String contactId) throws Exception {
        for (JsonNode entry : RunningPlatform.queue()) {
            if (entry.get("contactId").asString().equals(contactId)) {
                return entry;
            }
        }
        return null;
    }
}
