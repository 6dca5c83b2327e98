package io.frontdoor.projection.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The read side's frontdoor_ metrics, scraped as Prometheus does (as an admin), move with the events and the rebuilds. */
class ProjectionMetricsTest extends ProjectionTest {

    static final String MET = "frontdoor_timescales{kind=\"DECISION\",outcome=\"MET\",service=\"projection-service\"}";
    static final String MISSED = "frontdoor_timescales{kind=\"DECISION\",outcome=\"MISSED\",service=\"projection-service\"}";

    String scrape() throws Exception {
        HttpResponse<String> response = call("/actuator/prometheus", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    String awaitScrape(Predicate<String> done) {
        return await().atMost(Duration.ofSeconds(40)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .until(this::scrape, done::test);
    }

    @Test
    void onlyAnAdminScrapes() throws Exception {
        assertThat(call("/actuator/prometheus", READER).statusCode()).isEqualTo(403);
    }

    @Test
    void aDecisionInTimeIsAMetTimescaleAndALateOneAMissedOne() throws Exception {
        String before = awaitScrape(scrape -> scrape.contains("frontdoor_rebuild_running"));
        given(ContactStory.contact(unique("met"), "luton", "2026-11-18T10:00:00Z").from("POLICE", "Demoshire Police")
                        .child("Testchild", "Example", "2020-02-02").received().opened("RED", Duration.ofHours(4))
                        .allocated("worker.a").after(Duration.ofHours(1))
                        .decided("SPECIALIST", List.of("STRATEGY_DISCUSSION"), "NONE", false, true),
                ContactStory.contact(unique("late"), "luton", "2026-11-18T10:00:00Z").from("POLICE", "Demoshire Police")
                        .child("Testchild", "Example", "2020-02-02").received().opened("RED", Duration.ofHours(4))
                        .allocated("worker.a").after(Duration.ofHours(30))
                        .decided("SPECIALIST", List.of("STRATEGY_DISCUSSION"), "NONE", false, true));

        String after = awaitScrape(scrape -> value(scrape, MET) > value(before, MET) && value(scrape, MISSED) > value(before, MISSED));
        assertThat(value(after, MET) - value(before, MET)).isEqualTo(1);
        assertThat(value(after, MISSED) - value(before, MISSED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRebuildsProgressIsAGauge() throws Exception {
        given(ContactStory.contact(unique("rebuilt"), "luton", "2026-11-18T10:00:00Z").from("POLICE", "Demoshire Police")
                .child("Testchild", "Example", "2020-02-02").received());
        HttpResponse<String> started = http.send(request("/api/admin/rebuilds?views=contacts", ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = EventEnvelopes.JSON.readTree(started.body()).get("id").asString();
        await("rebuild " + id + " done").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> !get("/api/admin/rebuilds/" + id).get("state").asString().equals("RUNNING"));
        long done = get("/api/admin/rebuilds/" + id).get("eventsDone").asLong();
        assertThat(done).isPositive();

        String scrape = awaitScrape(s -> value(s, "frontdoor_rebuild_events_done{service=\"projection-service\"}") == done
                && value(s, "frontdoor_rebuild_running{service=\"projection-service\"}") == 0);
        assertThat(value(scrape, "frontdoor_rebuild_events_done{service=\"projection-service\"}")).isEqualTo(done);
        assertThat(value(scrape, "frontdoor_rebuild_events_expected{service=\"projection-service\"}")).isPositive();
        assertThat(value(scrape, "frontdoor_rebuild_running{service=\"projection-service\"}")).isZero();
    }
}
