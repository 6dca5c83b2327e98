package io.frontdoor.deploy;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.infra.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local authorization server and the three services as processes on the shared real PostgreSQL and Kafka, with
 * the HTTP calls the tests make, each signed in with a token from that server. They run with DEBUG logging, so the
 * logs can be checked for personal data.
 */
final class RunningPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String POLICE_SYSTEM = "demoshire-police";
    static final String PRACTITIONER = "demo-practitioner";
    static final String ADMIN = "demo-admin";
    static final Path LOGS = Path.of("target", "e2e-logs");
    private static Platform platform;
    private static Tokens tokens;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            forgetEarlierRunsLogs();
            TestInfrastructure.Endpoints infra = TestInfrastructure.get();
            platform = new Platform(Path.of(".."), infra.jdbcUrl(), infra.username(), infra.password(),
                    infra.kafkaBootstrapServers(), Map.of(), LOGS, Map.of(
                            "LOGGING_LEVEL_IO_FRONTDOOR", "DEBUG", "LOGGING_LEVEL_ORG_SPRINGFRAMEWORK", "DEBUG",
                            "LOGGING_LEVEL_ORG_AXONFRAMEWORK", "DEBUG"));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
            platform.start(Duration.ofMinutes(8));
            tokens = new Tokens(platform.issuer());
        }
        return platform;
    }

    /** Stops the platform if a test started it (a later test starts it again): for a test that needs the machine alone. */
    static synchronized void stop() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    private static void forgetEarlierRunsLogs() {
        try (var logs = Files.exists(LOGS) ? Files.list(LOGS) : java.util.stream.Stream.<Path>empty()) {
            for (Path log : logs.toList()) {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Posted by the police's case system, as the contact's referrer is the police. */
    static HttpResponse<String> postContact(String body) throws Exception {
        return call(Service.INTAKE, "POST", "/api/contacts", body, POLICE_SYSTEM);
    }

    static JsonNode queue() throws Exception {
        HttpResponse<String> response = call(Service.PROJECTION, "GET", "/api/queue", null, PRACTITIONER);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("queue answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** @param system one of the demo systems to sign in as; null for no token */
    static HttpResponse<String> call(Service service, String method, String path, String json, String system) throws Exception {
        return HTTP.send(request(service, method, path, json, system).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request to a service, signed in as one of the demo systems (null: no token). */
    static HttpRequest.Builder request(Service service, String method, String path, String json, String system) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(get().url(service) + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (system != null) {
            request.header("Authorization", "Bearer " + tokens.forSystem(system));
        }
        return request;
    }

    static String contact(String reference, String receivedAt) {
        return """
                {"packId": "nottingham-city", "externalReference": "%s", "channel": "PARTNER_API", "receivedAt": "%s",
                 "referrer": {"agencyType": "POLICE", "agencyName": "Demoshire Police", "name": "PC Example"},
                 "children": [{"givenName": "Testchild", "familyName": "Example", "dateOfBirth": "2020-02-02",
                               "address": {"line1": "1 Example Row", "postcode": "LU1 2BQ"}}],
                 "concerns": {"indicatorIds": [], "narrative": "synthetic end-to-end test"},
                 "consent": {"status": "GIVEN"}}
                """.formatted(reference, receivedAt);
    }
}
