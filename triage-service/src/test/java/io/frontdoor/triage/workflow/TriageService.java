package io.frontdoor.triage.workflow;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.infra.TestIssuer;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.triage.TriageApplication;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The triage service started as the real application on the shared PostgreSQL and Kafka, so a test can stop it and
 * start it again; contacts arrive as they do in production, as ContactReceived envelopes on frontdoor.contacts.v1.
 */
final class TriageService implements AutoCloseable {

    static final TestActor READER = TestActor.practitioner("reader");
    static final TestActor WORKER = new TestActor("test.worker", java.util.List.of("PRACTITIONER", "MANAGER"), null);

    private final ConfigurableApplicationContext context;

    private TriageService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static TriageService start(Map<String, Object> properties) {
        return start(properties, new Class<?>[0]);
    }

    /** With extra configuration, e.g. a {@link java.time.Clock} that lives in the past so due times have already passed. */
    static TriageService start(Map<String, Object> properties, Class<?>... extraSources) {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        Map<String, Object> all = new java.util.LinkedHashMap<>(Map.of(
                "spring.datasource.url", infra.jdbcUrl(), "spring.datasource.username", infra.username(),
                "spring.datasource.password", infra.password(), "spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers(),
                "server.port", "0", "db-scheduler.polling-interval", "1s",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.get().issuerUri()));
        all.putAll(properties);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new TriageService(new SpringApplicationBuilder(TriageApplication.class).sources(extraSources).run(args));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** The access audit's entries for one record: who looked, through which endpoint. */
    java.util.List<Map<String, Object>> accessAudit(String recordId) {
        return jdbc().queryForList("SELECT user_id, record_type, endpoint FROM access_audit WHERE record_id = ? ORDER BY id", recordId);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    String url(String path) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path;
    }

    static String publishContact(ContactSubmission submission, Instant receivedAt) {
        String contactId = UUID.randomUUID().toString();
        var payload = new ContactReceivedV1(contactId, submission, receivedAt, Instant.now());
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), ContactReceivedV1.TYPE, 1, contactId, Instant.now(),
                EventEnvelopes.toTree(payload));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONTACTS, contactId, EventEnvelopes.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return contactId;
    }

    /** The referrer's {@code number}th update of the contact, as intake publishes it. */
    static void publishUpdate(String contactId, int number, ContactSubmission submission, java.util.List<String> changes, String sentBy,
                              Instant recordedAt) {
        var payload = new io.frontdoor.kernel.event.ContactUpdatedV1(contactId, number, submission, changes, sentBy, recordedAt, recordedAt);
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), io.frontdoor.kernel.event.ContactUpdatedV1.TYPE, 1, contactId,
                Instant.now(), EventEnvelopes.toTree(payload));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CONTACTS, contactId, EventEnvelopes.write(envelope))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode awaitTriage(String contactId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/triages/" + contactId, READER);
            if (response.statusCode() == 200) {
                return EventEnvelopes.JSON.readTree(response.body());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no triage opened for " + contactId);
    }

    /** As a worker with a practitioner's and a manager's roles: for tests of the workflow rather than of who may. */
    HttpResponse<String> get(String path) {
        return get(path, WORKER);
    }

    /** As a worker with a practitioner's and a manager's roles: for tests of the workflow rather than of who may. */
    HttpResponse<String> post(String path, String json) {
        return post(path, json, WORKER);
    }

    HttpResponse<String> get(String path, TestActor as) {
        return new ApiClient(url("")).get(path, as);
    }

    HttpResponse<String> post(String path, String json, TestActor as) {
        return new ApiClient(url("")).post(path, json, as);
    }

    long eventsOfType(String contactId, String simpleName) {
        return jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
                Long.class, contactId, "%" + simpleName);
    }

    @Override
    public void close() {
        context.close();
    }
}
