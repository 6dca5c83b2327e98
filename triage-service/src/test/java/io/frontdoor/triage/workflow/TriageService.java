package io.frontdoor.triage.workflow;

import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.EventEnvelope;
import io.frontdoor.kernel.event.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.triage.TriageApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

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
                "server.port", "0", "db-scheduler.polling-interval", "1s"));
        all.putAll(properties);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new TriageService(new SpringApplicationBuilder(TriageApplication.class).sources(extraSources).run(args));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
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

    JsonNode awaitTriage(String contactId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/triages/" + contactId);
            if (response.statusCode() == 200) {
                return EventEnvelopes.JSON.readTree(response.body());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no triage opened for " + contactId);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
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
