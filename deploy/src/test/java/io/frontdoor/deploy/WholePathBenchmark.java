package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.LoadGenerator;
import io.frontdoor.deploy.load.LoadReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole path under the load generator's realistic mix (REST and the partner feed), with every service running as its
 * own process on PostgreSQL with fsync and synchronous_commit on:
 * <ul>
 *   <li>REST intake from 8 connections as fast as they go (triage and projection running, as in a surge), against a raw
 *       peer: single-row commits of a contact's JSON from 8 JDBC connections;</li>
 *   <li>acceptance (the 201) to the queue as IN_TRIAGE at 50 contacts/s, against a raw peer: one hop of produce, consume
 *       and commit at the same rate;</li>
 *   <li>300 contacts/s for 60 s through intake, triage and projection: every accepted contact reaches the queue as
 *       IN_TRIAGE and the backlog does not grow; the whole stack's resident memory at that load.</li>
 * </ul>
 * Each fails if a contact accepted did not arrive. Not part of the default build:
 * {@code mvn -B -o -pl deploy -am verify -Dtest=WholePathBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dexcluded.groups=none}
 * ({@code -Dbenchmark.sustained.rate=300}, {@code -Dbenchmark.sustained.seconds=60}, {@code -Dbenchmark.warmup.seconds=150}).
 */
@Tag("benchmark")
class WholePathBenchmark {

    static final int SUSTAINED_RATE = Integer.getInteger("benchmark.sustained.rate", 300);
    static final int SUSTAINED_SECONDS = Integer.getInteger("benchmark.sustained.seconds", 60);
    static final int IDLE_SECONDS = 10;
    static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup.seconds", 150);

    @Test
    void restIntakeTheWholePathAndLatency() throws Exception {
        Platform platform = BenchmarkPlatform.start();
        try {
            LoadGenerator.Options load = BenchmarkPlatform.load(platform);
            warmUp(load);
            idle(platform);
            restIntake(load);
            latency(platform, load);
            sustained(platform, load);
        } finally {
            platform.close();
        }
    }

    private static void warmUp(LoadGenerator.Options load) throws Exception {
        // long enough for C2 to have compiled every service's hot paths: after 30 s, a flight recording of the 50/s phase
        // showed triage's and projection's compiler threads using more CPU than their own threads
        LoadReport warm = new LoadGenerator(load.withRate(100, WARM_UP_SECONDS, 0).quiet()).run();
        assertThat(warm.allArrived()).as("warm-up arrived").isTrue();
    }

    /** What each part uses with nothing to do: the floor under every per-contact figure below. */
    private static void idle(Platform platform) throws InterruptedException {
        Thread.sleep(5_000); // the warm-up's tail drained
        Map<String, Duration> before = BenchmarkPlatform.cpu(platform);
        Thread.sleep(Duration.ofSeconds(IDLE_SECONDS).toMillis());
        System.out.printf("BENCHMARK CPU with nothing to do, per second of %d s: %s%n", IDLE_SECONDS,
                BenchmarkPlatform.cpuPer(before, BenchmarkPlatform.cpu(platform), IDLE_SECONDS));
    }

    private static void restIntake(LoadGenerator.Options load) throws Exception {
        RestIntakeBenchmark.Surge surge = RestIntakeBenchmark.surge(load, 15);
        LoadReport report = surge.report();
        List<String> ids = surge.accepted();
        report.print(System.out);
        double peer = RestIntakeBenchmark.rawPeer();
        System.out.printf("BENCHMARK REST intake, 8 connections, 15 s: %.0f accepted contacts/s (p50 %.0f ms, p99 %.0f ms), "
                        + "raw peer (single-row commits of 1.5 KB from 8 JDBC connections) %.0f/s, ratio %.1f%%, load average %s%n",
                report.acceptedPerSecond(), report.restLatency().median(), report.restLatency().p99(), peer,
                100 * report.acceptedPerSecond() / peer, LoadGenerator.loadAverage());
        awaitTriaged(ids, Duration.ofMinutes(10));
    }

    /** The surge drained: every contact is in the queue as IN_TRIAGE before the next measurement starts. */
    private static void awaitTriaged(List<String> ids, Duration timeout) throws Exception {
        var infra = io.frontdoor.infra.TestInfrastructure.get();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try (var db = java.sql.DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             var query = db.prepareStatement("SELECT count(*) FROM projection.contact_case WHERE id = ANY (?) AND status = 'IN_TRIAGE'")) {
            query.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            long triaged = 0;
            while (System.nanoTime() < deadline) {
                try (var rows = query.executeQuery()) {
                    rows.next();
                    triaged = rows.getLong(1);
                }
                if (triaged == ids.size()) {
                    break;
                }
                Thread.sleep(1000);
            }
            System.out.printf("BENCHMARK the REST surge of %d contacts was in the queue as IN_TRIAGE %.0f s after it ended%n",
                    ids.size(), (System.nanoTime() - started) / 1e9);
            assertThat(triaged).as("the surge reached the queue as IN_TRIAGE").isEqualTo(ids.size());
        }
    }

    private static void sustained(Platform platform, LoadGenerator.Options load) throws Exception {
        AtomicReference<String> memory = new AtomicReference<>("");
        List<Long> rss = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(SUSTAINED_SECONDS * 500L);
                memory.set(BenchmarkPlatform.memory());
                for (Service service : Service.values()) {
                    rss.add(BenchmarkPlatform.rssMegabytes(platform.get(service)));
                }
            } catch (InterruptedException stop) {
                // done
            }
        });
        sampler.start();
        LoadReport report = new LoadGenerator(load.withRate(SUSTAINED_RATE, SUSTAINED_SECONDS, 0)).run();
        sampler.join();
        report.print(System.out);
        List<Double> peer = RawPeer.hopLatency(SUSTAINED_RATE, SUSTAINED_RATE * 10);
        System.out.printf("BENCHMARK whole path at %d contacts/s for %d s: sent %d, accepted %d, in the queue as IN_TRIAGE %d, "
                        + "triaged %.0f/s; accepted to IN_TRIAGE median %.0f ms, p99 %.0f ms; raw peer (one hop, %d/s) median %.0f ms, "
                        + "p99 %.0f ms; load average %s%n", SUSTAINED_RATE, SUSTAINED_SECONDS, report.sent(), report.accepted(),
                report.inTriage(), report.arrivedPerSecond(), report.toTriage().median(), report.toTriage().p99(), SUSTAINED_RATE,
                peer.get(peer.size() / 2), peer.get((int) Math.ceil(0.99 * peer.size()) - 1), LoadGenerator.loadAverage());
        System.out.printf("BENCHMARK memory at %d contacts/s: %s; services' RSS (auth, intake, triage, projection, web) %s MB%n",
                SUSTAINED_RATE, memory.get(), rss);
        assertThat(report.allArrived()).as("every accepted contact reached the queue as IN_TRIAGE").isTrue();
        assertThat(report.arrivedPerSecond()).as("no growing backlog: triaged as fast as sent")
                .isGreaterThan(0.9 * report.acceptedPerSecond());
    }

    private static void latency(Platform platform, LoadGenerator.Options load) throws Exception {
        Map<String, Duration> cpuBefore = BenchmarkPlatform.cpu(platform);
        LoadReport report = new LoadGenerator(load.withKafkaShare(0).withRate(50, 30, 0)).run();
        Map<String, Duration> cpuAfter = BenchmarkPlatform.cpu(platform);
        report.print(System.out);
        List<Double> peer = RawPeer.hopLatency(50, 1500);
        double peerMedian = peer.get(peer.size() / 2);
        double peerP99 = peer.get((int) Math.ceil(0.99 * peer.size()) - 1);
        System.out.printf("BENCHMARK accepted to queue as IN_TRIAGE at 50 contacts/s: median %.0f ms, p99 %.0f ms (RECEIVED median "
                        + "%.0f ms, p99 %.0f ms); raw peer (one hop) median %.0f ms, p99 %.0f ms; ratio of medians %.1f; load average %s%n",
                report.toTriage().median(), report.toTriage().p99(), report.toQueue().median(), report.toQueue().p99(), peerMedian,
                peerP99, report.toTriage().median() / peerMedian, LoadGenerator.loadAverage());
        System.out.printf("BENCHMARK CPU per contact at 50 contacts/s (%d accepted): %s%n", report.accepted(),
                BenchmarkPlatform.cpuPer(cpuBefore, cpuAfter, report.accepted()));
        assertThat(report.allArrived()).as("every accepted contact reached the queue as IN_TRIAGE").isTrue();
    }
}
