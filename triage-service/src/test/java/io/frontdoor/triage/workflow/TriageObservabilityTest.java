package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Triage's metrics as Prometheus scrapes them (as an admin), and its part of a contact's trace: the trace context on
 * the contact's record is carried by the events triage publishes as it opens the triage.
 */
class TriageObservabilityTest {

    static final TestActor ADMIN = TestActor.admin("metrics-admin");
    static final TestActor WORKER = TestActor.practitioner("worker.a");
    static final TestActor MANAGER = TestActor.manager("manager.metrics");
    static final String DECISION_PASSED = "frontdoor_deadlines_passed_total{kind=\"DECISION\",service=\"triage-service\"}";
    static final String DOWN = "frontdoor_decisions_total{override=\"DOWN\",revision=\"false\",service=\"triage-service\"}";
    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of("frontdoor.metrics.refresh", "300ms"));

    @Test
    void aMissedDeadlineAndADecisionBelowTheRecommendationAreCountedAndCarryTheContactsTrace() throws Exception {
        String before = scrape();
        Instant received = Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String traceId = randomHex(32);
        String contactId = publishTraced(Contacts.immediateDanger("leicester-leicestershire-rutland", received), received,
                "00-" + traceId + "-" + randomHex(16) + "-01");
        triage.awaitTriage(contactId);
        // the decision was due days ago: its deadline passes as soon as the scheduler polls, before the decision is made
        String passed = await("the decision deadline counted").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(300)).until(this::scrape, scrape -> value(scrape, DECISION_PASSED) > value(before, DECISION_PASSED));
        assertThat(value(passed, DECISION_PASSED) - value(before, DECISION_PASSED)).isGreaterThanOrEqualTo(1);
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 2, "routes": ["EARLY_HELP"], "rationale": "synthetic: family already working with early help"}""", WORKER));

        List<ConsumerRecord<String, String>> published = awaitPublished(contactId, List.of("TriageOpened", "DeadlinePassed", "DecisionRecorded"));
        assertThat(published).filteredOn(record -> header(record, "eventType").equals("TriageOpened"))
                .allSatisfy(record -> assertThat(header(record, "traceparent")).contains(traceId));
        // the worker's decision is its own request, so its own trace
        assertThat(published).filteredOn(record -> header(record, "eventType").equals("DecisionRecorded"))
                .allSatisfy(record -> assertThat(header(record, "traceparent")).startsWith("00-").doesNotContain(traceId));

        String after = scrape();
        assertThat(value(after, DOWN) - value(before, DOWN)).isEqualTo(1);
        assertThat(after).contains("frontdoor_outbox_lag_events{processor=\"kafka-publisher\",service=\"triage-service\"}");
        assertThat(after).contains("frontdoor_consumer_lag_records{group=\"triage-service\",service=\"triage-service\",topic=\"" + Topics.CONTACTS + "\"}");
    }

    String scrape() {
        HttpResponse<String> response = triage.get("/actuator/prometheus", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    static String publishTraced(ContactSubmission submission, Instant receivedAt, String traceparent) throws Exception {
        String contactId = UUID.randomUUID().toString();
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), ContactReceivedV1.TYPE, 1, contactId, Instant.now(),
                EventEnvelopes.toTree(new ContactReceivedV1(contactId, submission, receivedAt, Instant.now())));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CONTACTS, contactId, EventEnvelopes.write(envelope));
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        return contactId;
    }

    static List<ConsumerRecord<String, String>> awaitPublished(String contactId, List<String> types) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.TRIAGE));
            await(types + " for " + contactId).atMost(Duration.ofSeconds(60)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> {
                        for (var record : consumer.poll(Duration.ofMillis(500))) {
                            if (contactId.equals(record.key())) {
                                seen.add(record);
                            }
                        }
                        return seen.stream().map(record -> header(record, "eventType")).toList().containsAll(types);
                    });
        }
        return seen;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String randomHex(int length) {
        return UUID.randomUUID().toString().replace("-", "").concat(UUID.randomUUID().toString().replace("-", "")).substring(0, length);
    }
}
