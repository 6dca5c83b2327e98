package io.frontdoor.projection.eventlog;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** Through the real broker: both topics into the log and the views, redeliveries absorbed, bad records dead-lettered. */
class EventLogListenerTest extends ProjectionTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    void publish(IncomingEvent event) throws Exception {
        kafka.send(event.topic(), event.envelope().contactId(), EventEnvelopes.write(event.envelope())).get();
    }

    static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    @Test
    void bothTopicsReachTheQueueOnceEvenWhenRedelivered() throws Exception {
        String pack = unique("pack");
        ContactStory story = contact(unique("kafka"), pack, "2026-11-24T09:00:00Z").child("Amy", "Example", "2019-01-01")
                .received().after(Duration.ofSeconds(3)).opened("RED", Duration.ofHours(4)).allocated("worker.k");
        for (IncomingEvent event : story.events()) {
            publish(event);
        }
        publish(story.events().get(1));

        await("the contact allocated in the queue", () -> jdbc.queryForObject(
                "SELECT count(*) FROM contact_case WHERE id = ? AND allocated_to = 'worker.k'", Long.class, story.contactId()) == 1);
        assertThat(texts(get("/api/queue?pack=" + pack), "status")).containsExactly("IN_TRIAGE");
        assertThat(jdbc.queryForList("SELECT topic FROM event_log WHERE contact_id = ? ORDER BY seq", String.class, story.contactId()))
                .as("each event logged once, with the topic it came from")
                .hasSize(3).contains(Topics.CONTACTS, Topics.TRIAGE);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillRecorded() throws Exception {
        String marker = "not an event " + UUID.randomUUID();
        ContactStory story = contact(unique("after-bad"), unique("pack"), "2026-11-24T09:00:00Z").child("Ben", "Example", "2018-01-01")
                .opened("GREEN", Duration.ofHours(72));
        kafka.send(Topics.TRIAGE, story.contactId(), marker).get();
        kafka.send(Topics.TRIAGE, story.contactId(), "{\"eventId\": \"x-" + UUID.randomUUID() + "\"}").get();
        publish(story.events().get(0));

        await("the good record after the bad ones", () -> jdbc.queryForObject(
                "SELECT count(*) FROM event_log WHERE contact_id = ?", Long.class, story.contactId()) == 1);
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, unique("dlt-reader"), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.TRIAGE)));
            AtomicBoolean found = new AtomicBoolean();
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .untilAsserted(() -> {
                        for (var record : consumer.poll(Duration.ofMillis(500))) {
                            if (marker.equals(record.value())) {
                                found.set(true);
                            }
                        }
                        assertThat(found).as("the unreadable record is on " + Topics.deadLetter(Topics.TRIAGE)).isTrue();
                    });
        }

        var forOperations = call("/api/admin/dead-letters?topic=" + Topics.TRIAGE + "&limit=500", ADMIN);
        assertThat(forOperations.statusCode()).isEqualTo(200);
        var triageLetters = tools.jackson.databind.json.JsonMapper.builder().build().readTree(forOperations.body());
        assertThat(texts(triageLetters, "reasonCode")).as("each with its reason").contains("UNPROCESSABLE");
        assertThat(texts(triageLetters, "reason")).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(texts(triageLetters, "deadLetterTopic")).containsOnly(Topics.deadLetter(Topics.TRIAGE));
        assertThat(forOperations.body()).as("never the record's content or key").doesNotContain(marker, story.contactId());
        assertThat(call("/api/admin/dead-letters?topic=" + Topics.TRIAGE, READER).statusCode()).as("operations only").isEqualTo(403);
    }
}
