package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code deploy/observability/}: the alert rules parse, each alert has an expression, and every metric the rules and
 * the Grafana dashboard name is one the running services expose on {@code /actuator/prometheus} (scraped as an admin,
 * after a dead letter and a missed deadline have happened, so those counters exist).
 */
class ObservabilityFilesTest {

    static final Path RULES = Path.of("observability", "prometheus-rules.yml");
    static final Path DASHBOARD = Path.of("observability", "grafana-dashboard.json");
    static final Pattern METRIC = Pattern.compile("\\b(frontdoor_[a-z_]+|http_server_requests_seconds_bucket)\\b");
    static final List<String> REQUIRED_ALERTS = List.of("FrontDoorServiceDown", "FrontDoorDeadlinesBreached",
            "FrontDoorDeadLettersGrowing", "FrontDoorOutboxLag", "FrontDoorConsumerLag");

    @Test
    void theRulesAndTheDashboardNameOnlyMetricsTheServicesExpose() throws Exception {
        JsonNode rules = YAMLMapper.builder().build().readTree(RULES.toFile());
        List<String> alerts = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : rules.get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                alerts.add(rule.get("alert").asString());
                assertThat(rule.path("expr").asString()).as(rule.get("alert").asString()).isNotBlank();
                expressions.add(rule.get("expr").asString());
            }
        }
        assertThat(alerts).containsAll(REQUIRED_ALERTS);
        JsonNode dashboard = JsonMapper.builder().build().readTree(DASHBOARD.toFile());
        for (JsonNode panel : dashboard.get("panels")) {
            panel.path("targets").forEach(target -> expressions.add(target.get("expr").asString()));
        }
        Set<String> named = new HashSet<>();
        expressions.forEach(expression -> {
            Matcher metric = METRIC.matcher(expression);
            while (metric.find()) {
                named.add(metric.group(1));
            }
        });
        assertThat(named).contains("frontdoor_deadlines_passed_total", "frontdoor_dead_letters_total",
                "frontdoor_outbox_lag_events", "frontdoor_consumer_lag_records");

        causeADeadLetter();
        Set<String> missing = new HashSet<>(named);
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String exposed = scrape(Service.INTAKE) + scrape(Service.TRIAGE) + scrape(Service.PROJECTION);
            missing.removeIf(metric -> Pattern.compile("(?m)^" + metric + "[{ ]").matcher(exposed).find());
            assertThat(missing).as("metrics named in deploy/observability that no service exposes").isEmpty();
        });
        for (Service service : List.of(Service.INTAKE, Service.TRIAGE, Service.PROJECTION)) {
            scrape(service).lines().filter(line -> line.startsWith("frontdoor_")).forEach(line -> System.out.println("scraped: " + line));
        }
    }

    private static String scrape(Service service) throws Exception {
        HttpResponse<String> response = RunningPlatform.call(service, "GET", "/actuator/prometheus", null, RunningPlatform.ADMIN);
        assertThat(response.statusCode()).as(service + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** A record that is not JSON on the partner feed, and a contact received long ago (its decision deadline has passed). */
    private static void causeADeadLetter() throws Exception {
        RunningPlatform.get();
        try (var producer = PartnerFeedClient.producer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>(PartnerFeedClient.TOPIC, "OBS-" + UUID.randomUUID(), "not json");
            record.headers().add("type", "police-child-concern".getBytes(StandardCharsets.UTF_8));
            record.headers().add("version", "1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("sender", RunningPlatform.POLICE_SYSTEM.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        assertThat(RunningPlatform.postContact(RunningPlatform.contact("OBS-" + UUID.randomUUID(), "2026-11-02T09:00:00Z"))
                .statusCode()).isEqualTo(201);
    }
}
