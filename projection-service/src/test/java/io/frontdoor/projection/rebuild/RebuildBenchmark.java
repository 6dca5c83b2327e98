package io.frontdoor.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.projection.ProjectionTest;
import io.frontdoor.projection.SyntheticFrontDoor;
import io.frontdoor.projection.eventlog.EventLog;
import io.frontdoor.projection.eventlog.IncomingEvent;
import io.frontdoor.projection.view.View;
import io.frontdoor.projection.view.Views;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rebuild rate on a year of synthetic traffic (100,000 contacts by default), and the live path's rate on its first
 * tenth. Not part of the build; run it alone, on a fresh database:
 * {@code mvn -o -pl projection-service -am test -Dtest=RebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfrontdoor.benchmark=true}
 * ({@code -Dfrontdoor.benchmark.contacts=N} for another size). Figures go to standard output.
 */
@EnabledIfSystemProperty(named = "frontdoor.benchmark", matches = "true")
class RebuildBenchmark extends ProjectionTest {

    static final int WINDOW = 1_000;

    @Autowired
    EventLog log;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Rebuilder rebuilder;

    @Autowired
    Views views;

    @Test
    void rebuildRate() {
        int contacts = Integer.getInteger("frontdoor.benchmark.contacts", 100_000);
        int liveContacts = contacts / 10;
        SyntheticFrontDoor traffic = new SyntheticFrontDoor(42, "bench", contacts * 2 / 3);
        Instant start = Instant.parse("2025-11-01T08:00:00Z");
        Duration spacing = Duration.ofDays(365).dividedBy(contacts);

        long liveEvents = 0;
        long liveNanos = 0;
        long loggedOnly = 0;
        long generationStarted = System.nanoTime();
        for (int first = 0; first < contacts; first += WINDOW) {
            List<IncomingEvent> window = traffic.traffic(first, WINDOW, start, spacing);
            if (first < liveContacts) {
                long began = System.nanoTime();
                live.record(window);
                liveNanos += System.nanoTime() - began;
                liveEvents += window.size();
            } else {
                transaction.executeWithoutResult(tx -> log.append(window));
                loggedOnly += window.size();
            }
        }
        long logged = jdbc.queryForObject("SELECT count(*) FROM event_log", Long.class);
        report("generated and logged %,d events for %,d contacts in %.1f s", logged, contacts, seconds(System.nanoTime() - generationStarted));
        report("live path (log + every view, batches of %,d contacts' events): %,d events in %.1f s = %,.0f events/s",
                WINDOW, liveEvents, seconds(liveNanos), liveEvents / seconds(liveNanos));

        // as autovacuum would have long since done to a log written over a year: the first read of fresh rows rewrites them
        jdbc.execute("VACUUM ANALYZE event_log");
        double peer = rawPeer(logged);
        int run = 0;
        for (List<View> chosen : List.of(views.all(), views.named(List.of("contacts")), views.named(List.of("timeline")), views.all())) {
            long began = System.nanoTime();
            long done = rebuilder.rebuild("bench" + (++run), chosen, n -> { });
            double took = seconds(System.nanoTime() - began);
            report("rebuild of %s: %,d events in %.1f s = %,.0f events/s; raw peer %,.0f events/s, ratio %.1f%%; load average %s",
                    chosen.stream().map(View::name).toList(), done, took, done / took, peer, 100 * done / took / peer, loadAverage());
            assertThat(done).isEqualTo(logged);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_case WHERE id LIKE 'bench-contact-%'", Long.class)).isEqualTo(contacts);
        assertThat(loggedOnly + liveEvents).isEqualTo(logged);
    }

    /** The raw limit: the whole log read and written once into a new table by PostgreSQL itself, no client in between. */
    private double rawPeer(long logged) {
        jdbc.execute("DROP TABLE IF EXISTS raw_rebuild_peer");
        long began = System.nanoTime();
        long copied = transaction.execute(tx -> (long) jdbc.update(
                "CREATE TABLE raw_rebuild_peer AS SELECT seq, contact_id, event_type, occurred_at, payload FROM event_log"));
        double took = seconds(System.nanoTime() - began);
        jdbc.execute("DROP TABLE raw_rebuild_peer");
        assertThat(copied).isEqualTo(logged);
        report("raw peer (CREATE TABLE AS SELECT of the whole log): %,d events in %.1f s = %,.0f events/s", copied, took, copied / took);
        return copied / took;
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }
}
