package io.frontdoor.projection.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.SyntheticPersonalData;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.event.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read side with DEBUG logging on: a contact consumed into the queue and read back, and a record that cannot be
 * read (a date of birth no parser accepts) dead-lettered. The names, dates and narrative reach no log.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.root=DEBUG", "logging.level.kafka=INFO", "logging.level.org.apache.kafka=INFO",
        "logging.level.state.change.logger=INFO", "logging.level.org.apache.kafka.clients.producer=DEBUG",
        "logging.level.org.apache.kafka.clients.consumer=DEBUG"})
class PersonalDataInLogsTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void noPersonalDataIsLoggedWhenTheQueueIsBuiltReadOrARecordIsDeadLettered(CapturedOutput output) throws Exception {
        String contactId = ContactsTopic.publish(SyntheticPersonalData.contact("POLICE", "LOG-1"));
        String unreadable = UUID.randomUUID().toString();
        ContactsTopic.send(unreadable, """
                {"eventId": "%s", "eventType": "ContactReceived", "schemaVersion": 1, "contactId": "%s",
                 "occurredAt": "2026-11-20T10:15:00Z", "payload": {"contactId": "%s", "submission": %s}}"""
                .formatted(UUID.randomUUID(), unreadable, unreadable, SyntheticPersonalData.unreadableContact("POLICE", "LOG-2")));

        awaitInQueue(contactId);
        awaitDeadLettered(unreadable);

        assertThat(output.getAll()).as("DEBUG logging was on").contains("DEBUG").contains(Topics.CONTACTS);
        assertThat(SyntheticPersonalData.foundIn(output.getAll())).as("personal data in the logs").isEmpty();
    }

    void awaitInQueue(String contactId) {
        ApiClient api = new ApiClient("http://localhost:" + port);
        await(contactId + " in the queue").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/api/queue", TestActor.practitioner("pat")).body().contains(contactId));
    }

    static void awaitDeadLettered(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers(), "group.id", "log-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.CONTACTS)));
            await(key + " dead-lettered").atMost(Duration.ofSeconds(60)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> {
                        for (var record : consumer.poll(Duration.ofMillis(500))) {
                            if (key.equals(record.key())) {
                                return true;
                            }
                        }
                        return false;
                    });
        }
    }
}
