package io.frontdoor.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.ProjectionTest;
import io.frontdoor.projection.SyntheticFrontDoor;
import io.frontdoor.projection.eventlog.IncomingEvent;
import java.net.URI;
import java.sql.Connection;
import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A view rebuilt from the event log equals the live one, twice over, and nothing arriving during the rebuild is lost. */
class RebuildTest extends ProjectionTest {

    @Autowired
    Rebuilds rebuilds;

    @Autowired
    DataSource dataSource;

    void record(List<IncomingEvent> traffic, int batch) {
        for (int i = 0; i < traffic.size(); i += batch) {
            live.record(traffic.subList(i, Math.min(traffic.size(), i + batch)));
        }
    }

    JsonNode startRebuild(String views) throws Exception {
        HttpResponse<String> started = post("/api/admin/rebuilds?views=" + views);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).isPresent();
        return EventEnvelopes.JSON.readTree(started.body());
    }

    JsonNode awaitDone(String id) {
        return await("rebuild " + id + " done").atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> get("/api/admin/rebuilds/" + id), progress -> !progress.get("state").asString().equals("RUNNING"));
    }

    @Test
    void aRebuiltViewIsIdenticalToTheLiveViewAndToASecondRebuild() throws Exception {
        record(new SyntheticFrontDoor(1, unique("rebuild"), 150).traffic(0, 400, Instant.parse("2026-10-01T08:00:00Z"),
                Duration.ofMinutes(7)), 700);
        Map<String, String> live = ViewTables.fingerprints(jdbc);
        Map<String, Long> liveTables = ViewTables.relationIds(jdbc);
        Map<String, String> liveIndexes = ViewTables.indexNames(jdbc);

        JsonNode first = awaitDone(startRebuild("all").get("id").asString());

        assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("DONE");
        long logged = jdbc.queryForObject("SELECT count(*) FROM event_log", Long.class);
        assertThat(first.get("eventsDone").asLong()).isEqualTo(logged);
        assertThat(first.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(ViewTables.relationIds(jdbc)).as("every table was switched for a rebuilt one").allSatisfy(
                (table, id) -> assertThat(id).isNotEqualTo(liveTables.get(table)));
        assertThat(ViewTables.indexNames(jdbc)).isEqualTo(liveIndexes);
        assertThat(ViewTables.fingerprints(jdbc)).isEqualTo(live);

        JsonNode second = awaitDone(startRebuild("contacts,timeline").get("id").asString());
        assertThat(second.get("state").asString()).isEqualTo("DONE");
        assertThat(ViewTables.fingerprints(jdbc)).isEqualTo(live);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'rebuild_%'", Long.class)).isZero();
    }

    @Test
    void eventsArrivingDuringARebuildReachTheNewTablesWhileTheOldOnesKeepServing() throws Exception {
        String run = unique("during");
        SyntheticFrontDoor traffic = new SyntheticFrontDoor(2, run, 400);
        record(traffic.traffic(0, 1500, Instant.parse("2026-09-01T08:00:00Z"), Duration.ofMinutes(3)), 1000);
        List<IncomingEvent> meanwhile = traffic.traffic(1500, 300, Instant.parse("2026-11-01T08:00:00Z"), Duration.ofMinutes(3));

        String id = startRebuild("all").get("id").asString();
        int queueReadsWhileRunning = 0;
        for (int i = 0; i < meanwhile.size(); i += 100) {
            live.record(meanwhile.subList(i, Math.min(meanwhile.size(), i + 100)));
            if (get("/api/admin/rebuilds/" + id).get("state").asString().equals("RUNNING")) {
                assertThat(call("/api/queue?pack=luton").statusCode()).isEqualTo(200);
                queueReadsWhileRunning++;
            }
        }
        JsonNode done = awaitDone(id);

        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(queueReadsWhileRunning).as("the live view answered while the rebuild ran").isPositive();
        String[] late = meanwhile.stream().map(e -> e.envelope().contactId()).distinct().toArray(String[]::new);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_case WHERE id = ANY (?)", Long.class, (Object) late)).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE contact_id = ANY (?)", Long.class, (Object) late))
                .isEqualTo(meanwhile.size());
        Map<String, String> afterSwitch = ViewTables.fingerprints(jdbc);
        awaitDone(startRebuild("all").get("id").asString());
        assertThat(ViewTables.fingerprints(jdbc)).isEqualTo(afterSwitch);
    }

    @Test
    void aRebuildInterruptedByARestartIsMarkedFailedAndItsShadowTablesDropped() throws Exception {
        String id = unique("dead").replace("-", "");
        jdbc.update("INSERT INTO rebuild_run (id, views, state, events_done, events_total, started_at, updated_at) "
                + "VALUES (?, 'contacts', 'RUNNING', 10, 100, now() - interval '1 hour', now() - interval '1 hour')", id);
        jdbc.execute("CREATE SCHEMA rebuild_" + id);

        rebuilds.abandonInterrupted();

        JsonNode progress = get("/api/admin/rebuilds/" + id);
        assertThat(progress.get("state").asString()).isEqualTo("FAILED");
        assertThat(progress.get("error").asString()).contains("interrupted");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname = ?", Long.class, "rebuild_" + id)).isZero();
    }

    @Test
    void refusesAnUnknownViewAndASecondRebuildWhileOneRuns() throws Exception {
        HttpResponse<String> unknown = post("/api/admin/rebuilds?views=nonsense");
        assertThat(unknown.statusCode()).isEqualTo(400);
        String id;
        try (Connection appendsHeld = dataSource.getConnection()) {
            // the rebuild cannot switch over while appends are held, so it is certainly still running below
            appendsHeld.setAutoCommit(false);
            appendsHeld.createStatement().execute("LOCK TABLE projection.event_log IN SHARE ROW EXCLUSIVE MODE");
            id = startRebuild("timeline").get("id").asString();

            assertThat(post("/api/admin/rebuilds").statusCode()).isEqualTo(409);
            assertThat(get("/api/admin/rebuilds/" + id).get("state").asString()).isEqualTo("RUNNING");
            assertThat(call("/api/queue").statusCode()).as("the live view serves meanwhile").isEqualTo(200);
            appendsHeld.rollback();
        }
        assertThat(awaitDone(id).get("state").asString()).isEqualTo("DONE");
        assertThat(call("/api/admin/rebuilds/" + unique("none")).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> post(String path) throws Exception {
        return http.send(request(path, ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
