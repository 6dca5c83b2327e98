package io.frontdoor.intake.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.intake.partnerfeed.KafkaClient;
import io.frontdoor.kernel.event.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What Prometheus scrapes from intake, as an admin: the frontdoor_ metrics move when contacts and bad records arrive. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "frontdoor.metrics.refresh=300ms")
class IntakeMetricsTest {

    static final TestActor ADMIN = TestActor.admin("metrics-admin");
    static final TestActor POLICE = TestActor.partner("metrics-police-system", "POLICE", "Testshire Police");
    static final String RECEIVED = "frontdoor_contacts_received_total{channel=\"PARTNER_API\",cin_source=\"6\",service=\"intake-service\",source=\"POLICE\"}";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    String scrape() {
        HttpResponse<String> response = api().get("/actuator/prometheus", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void onlyAnAdminScrapesTheMetrics() {
        assertThat(api().get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(api().get("/actuator/prometheus", TestActor.practitioner("metrics-worker")).statusCode()).isEqualTo(403);
    }

    @Test
    void aContactCountsByItsSourceAndItsResendDoesNot() {
        double before = value(scrape(), RECEIVED);
        String body = """
                {"packId": "luton", "externalReference": "MET-%s", "channel": "PARTNER_API", "receivedAt": "2026-11-20T10:15:00Z",
                 "referrer": {"agencyType": "POLICE", "agencyName": "Testshire Police", "name": "PC Example"},
                 "children": [{"givenName": "Testchild", "familyName": "Example", "dateOfBirth": "2022-03-01"}],
                 "concerns": {"indicatorIds": [], "narrative": "synthetic metrics test"}, "consent": {"status": "GIVEN"}}
                """.formatted(UUID.randomUUID());
        assertThat(api().post("/api/contacts", body, POLICE).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/contacts", body, POLICE).statusCode()).isEqualTo(200);

        String after = scrape();
        assertThat(value(after, RECEIVED) - before).isEqualTo(1.0);
        awaitSeries("frontdoor_outbox_lag_events{processor=\"kafka-publisher\",service=\"intake-service\"}");
    }

    @Test
    void aDeadLetterCountsByTopicAndReason() throws Exception {
        String series = "frontdoor_dead_letters_total{reason=\"NOT_JSON\",service=\"intake-service\",topic=\"" + Topics.PARTNER_REFERRALS + "\"}";
        double before = value(scrape(), series);
        KafkaClient.send(Topics.PARTNER_REFERRALS, null, "MET-" + UUID.randomUUID(), "this is not json",
                "type", "police-child-concern", "version", "1", "sender", "metrics-police-system");
        await("the dead letter counted").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> value(scrape(), series) - before >= 1);
        assertThat(value(scrape(), series) - before).isEqualTo(1.0);
        awaitSeries("frontdoor_consumer_lag_records{group=\"intake-partner-referrals\",service=\"intake-service\",topic=\"" + Topics.PARTNER_REFERRALS + "\"}");
    }

    private void awaitSeries(String series) {
        String scrape = await(series).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(this::scrape, s -> s.contains(series + " "));
        assertThat(scrape).contains(series + " ");
    }
}
