package io.frontdoor.triage.workflow;

import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The triage service started as the real application on the shared PostgreSQL and Kafka; contacts arrive as they do in
 * production, as ContactReceived envelopes on frontdoor.contacts.v1. A test class shares one, started before its first
 * test and stopped after its last: {@code @RegisterExtension static final TriageService triage = TriageService.perClass(...)}.
 * A test that stops the service and starts it again uses {@link #start} instead.
 */
final class TriageService implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    static final TestActor READER = TestActor.practitioner("reader");
    static final TestActor WORKER = new TestActor("test.worker", java.util.List.of("PRACTITIONER", "MANAGER"), null);

    private final Map<String, Object> properties;
    private final Class<?>[] extraSources;
    private ConfigurableApplicationContext context;

    private TriageService(Map<String, Object> properties, Class<?>[] extraSources) {
        this.properties = properties;
        this.extraSources = extraSources;
    }

    /**
     * The service a test class shares, as a JUnit extension. {@code extraSources}: extra configuration, e.g. a
     * {@link java.time.Clock} that lives in the past so due times have already passed.
     */
    static TriageService perClass(Map<String, Object> properties, Class<?>... extraSources) {
        return new TriageService(properties, extraSources);
    }

    /** Started now; the caller closes it. */
    static TriageService start(Map<String, Object> properties) {
        TriageService service = new TriageService(properties, new Class<?>[0]);
        service.run();
        return service;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        run();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        close();
    }

    private void run() {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        Map<String, Object> all = new java.util.LinkedHashMap<>(Map.of(
                "spring.datasource.url", infra.jdbcUrl(), "spring.datasource.username", infra.username(),
                "spring.datasource.password", infra.password(), "spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers(),
                "server.port", "0", "db-scheduler.polling-interval", "1s",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.get().issuerUri()));
        all.putAll(properties);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        context = new SpringApplicationBuilder(TriageApplication.class).sources(extraSources).run(args);
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

    JsonNode awaitTriage(String contactId) {
        HttpResponse<String> opened = await("a triage opened for " + contactId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> get("/api/triages/" + contactId, READER), r -> r.statusCode() == 200);
        return EventEnvelopes.JSON.readTree(opened.body());
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
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
