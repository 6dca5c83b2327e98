package io.frontdoor.projection.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.projection.ProjectionTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An admin lists the projection's dead letters (where from and why, never the content) and replays one to its topic:
 * once, however often asked; each listing and replay is in the access audit.
 */
class DeadLetterAdminTest extends ProjectionTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    static final TestActor OPERATOR = TestActor.admin("ops.admin");

    @Test
    void anUnreadableRecordIsListedWithoutItsContentAndReplayedOnce() throws Exception {
        String marker = "synthetic unreadable record " + UUID.randomUUID();
        var sent = kafka.send(Topics.TRIAGE, unique("dl"), marker).get().getRecordMetadata();

        JsonNode letter = awaitListed(sent.partition(), sent.offset());
        assertThat(letter.get("reasonCode").asString()).isEqualTo("UNPROCESSABLE");
        assertThat(letter.get("reason").asString()).contains("is not a readable Front Door event");
        assertThat(letter.get("deadLetterTopic").asString()).isEqualTo(Topics.deadLetter(Topics.TRIAGE));
        assertThat(letter.get("replayed").isNull()).isTrue();
        assertThat(letter.toString()).doesNotContain(marker);

        String replayPath = "/api/admin/dead-letters/" + Topics.TRIAGE + "/" + letter.get("partition").asInt() + "/"
                + letter.get("offset").asLong() + "/replay";
        JsonNode first = post(replayPath);
        JsonNode second = post(replayPath);
        assertThat(first.get("replayed").get("by").asString()).isEqualTo(OPERATOR.userId());
        assertThat(second.get("replayed")).isEqualTo(first.get("replayed"));

        String replayOf = Topics.deadLetter(Topics.TRIAGE) + "/" + letter.get("partition").asInt() + "@" + letter.get("offset").asLong();
        List<ConsumerRecord<String, String>> replays = replaysOf(replayOf);
        assertThat(replays).as("sent back once").hasSize(1);
        assertThat(replays.get(0).value()).isEqualTo(marker);

        JsonNode audit = get("/api/audit/access?user=" + OPERATOR.userId(), TestActor.auditor("alex"));
        assertThat(texts(audit, "recordType")).contains("DEAD_LETTER");
        assertThat(texts(audit, "endpoint")).contains("GET /api/admin/dead-letters",
                "POST /api/admin/dead-letters/{topic}/{partition}/{offset}/replay");
    }

    @Test
    void aTopicTheServiceDoesNotConsumeOrAnOffsetWithNoRecordIsNotFound() throws Exception {
        assertThat(call("/api/admin/dead-letters?topic=" + Topics.PARTNER_REFERRALS, OPERATOR).statusCode()).isEqualTo(404);
        HttpResponse<String> missing = http.send(request("/api/admin/dead-letters/" + Topics.TRIAGE + "/0/999999999/replay", OPERATOR)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/api/admin/dead-letters/topics", OPERATOR).toString()).contains(Topics.CONTACTS, Topics.TRIAGE);
    }

    private JsonNode awaitListed(int partition, long offset) {
        return await("a dead letter listed for " + Topics.TRIAGE + "/" + partition + "@" + offset).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> listed(partition, offset), java.util.Objects::nonNull);
    }

    private JsonNode listed(int partition, long offset) throws Exception {
        for (JsonNode letter : get("/api/admin/dead-letters?topic=" + Topics.TRIAGE, OPERATOR)) {
            if (letter.get("originalPartition").asInt() == partition && letter.get("originalOffset").asLong() == offset) {
                return letter;
            }
        }
        return null;
    }

    private JsonNode post(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path, OPERATOR).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventEnvelopes.JSON.readTree(response.body());
    }

    private static List<ConsumerRecord<String, String>> replaysOf(String replayOf) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "replay-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.TRIAGE));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var header = record.headers().lastHeader("frontdoor-replay-of");
                    if (header != null && replayOf.equals(new String(header.value(), StandardCharsets.UTF_8))) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
