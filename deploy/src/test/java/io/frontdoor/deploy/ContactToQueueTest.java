package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

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
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode entry : RunningPlatform.queue()) {
                if (entry.get("contactId").asString().equals(contactId)) {
                    last = entry;
                    if (entry.get("status").asString().equals(status)) {
                        return entry;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("contact " + contactId + " not " + status + " in the queue after " + timeout + "; last seen " + last);
    }
}
