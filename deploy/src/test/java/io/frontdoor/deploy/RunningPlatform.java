package io.frontdoor.deploy;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.infra.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three services as processes on the shared real PostgreSQL and Kafka, with the HTTP calls the tests make. */
final class RunningPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static Platform platform;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            TestInfrastructure.Endpoints infra = TestInfrastructure.get();
            platform = new Platform(Path.of(".."), infra.jdbcUrl(), infra.username(), infra.password(),
                    infra.kafkaBootstrapServers(), Map.of(), Path.of("target", "e2e-logs"));
            platform.start(Duration.ofMinutes(4));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform;
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> postContact(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(get().url(Service.INTAKE) + "/api/contacts"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode queue() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(get().url(Service.PROJECTION) + "/api/queue"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("queue answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static String contact(String reference, String receivedAt) {
        return """
                {"packId": "nottingham-city", "externalReference": "%s", "channel": "PARTNER_API", "receivedAt": "%s",
                 "referrer": {"agencyType": "POLICE", "agencyName": "Testshire Police", "name": "PC Example"},
                 "children": [{"givenName": "Testchild", "familyName": "Example", "dateOfBirth": "2020-02-02",
                               "address": {"line1": "1 Example Row", "postcode": "LU1 2BQ"}}],
                 "concerns": {"indicatorIds": [], "narrative": "synthetic end-to-end test"},
                 "consent": {"status": "GIVEN"}}
                """.formatted(reference, receivedAt);
    }
}
