package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.LoadGenerator;
import io.frontdoor.deploy.load.LoadReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * REST intake's own rate: the load generator's REST mix from 8 connections as fast as they go, to intake (its own
 * process, PostgreSQL with fsync and synchronous_commit on, its outbox publishing to the real broker), with triage,
 * projection and web stopped so the figure is intake's alone, against a raw peer: single-row commits of a contact's
 * JSON from 8 JDBC connections. Prints each part's CPU per contact. Fails if a contact accepted was not recorded exactly
 * once. Not part of the default build:
 * {@code mvn -B -o -pl deploy -am verify -Dtest=RestIntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dexcluded.groups=none}
 * ({@code -Dbenchmark.runs=N}, {@code -Dbenchmark.seconds=S}, {@code -Dbenchmark.warmup.seconds=S}).
 */
@Tag("benchmark")
class RestIntakeBenchmark {

    static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    /** With 30 s, intake's CPU per contact still fell from run to run (5.5, 4.6, 3.5 ms) as C2 compiled. */
    static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup.seconds", 90);

    @Test
    void restIntakeFromEightConnections() throws Exception {
        Platform platform = BenchmarkPlatform.start();
        try {
            for (Service downstream : List.of(Service.TRIAGE, Service.PROJECTION, Service.WEB)) {
                platform.get(downstream).stop();
            }
            LoadGenerator.Options load = BenchmarkPlatform.load(platform).quiet();
            surge(load, WARM_UP_SECONDS);
            List<Double> rates = new ArrayList<>();
            for (int run = 1; run <= RUNS; run++) {
                Map<String, Duration> before = BenchmarkPlatform.cpu(platform);
                LoadReport report = surge(load, SECONDS).report();
                System.out.printf("BENCHMARK REST intake alone run %d: %.0f accepted contacts/s (p50 %.0f ms, p99 %.0f ms); CPU per "
                                + "contact: %s; load average %s%n", run, report.acceptedPerSecond(), report.restLatency().median(),
                        report.restLatency().p99(), BenchmarkPlatform.cpuPer(before, BenchmarkPlatform.cpu(platform), report.accepted()),
                        LoadGenerator.loadAverage());
                rates.add(report.acceptedPerSecond());
            }
            double peer = rawPeer();
            System.out.printf("BENCHMARK REST intake alone, 8 connections: median of %d runs %.0f accepted contacts/s (runs %s), raw peer "
                            + "(single-row commits of 1.5 KB from 8 JDBC connections) %.0f/s, ratio %.1f%%; intake RSS %d MB; load average %s%n",
                    RUNS, BenchmarkPlatform.median(rates), BenchmarkPlatform.sorted(rates), peer,
                    100 * BenchmarkPlatform.median(rates) / peer, BenchmarkPlatform.rssMegabytes(platform.get(Service.INTAKE)),
                    LoadGenerator.loadAverage());
        } finally {
            platform.close();
        }
    }

    /** The raw peer of REST intake: single-row commits of a contact-sized (1.5 KB) row from 8 JDBC connections for 10 s. */
    static double rawPeer() throws Exception {
        return RawPeer.singleRowCommits(8, "x".repeat(1500), Duration.ofSeconds(10));
    }

    /** What a REST surge sent, and the ids of the contacts it had accepted. */
    record Surge(LoadReport report, List<String> accepted) {
    }

    /** REST as fast as the connections go for {@code seconds}; fails unless every contact accepted was recorded exactly once. */
    static Surge surge(LoadGenerator.Options load, int seconds) throws Exception {
        LoadGenerator generator = new LoadGenerator(load.withKafkaShare(0).withoutWatch().withRate(0, seconds, 0));
        LoadReport report = generator.run();
        List<String> ids = List.copyOf(generator.accepted().keySet());
        Map<String, Long> recorded = PartnerFeedClient.contactsRecorded(ids);
        assertThat(report.failed()).as("no REST call failed").isZero();
        assertThat(report.rejected()).as("no contact rejected").isZero();
        assertThat(recorded).as("every accepted contact recorded").hasSize(ids.size());
        assertThat(recorded.values()).as("each exactly once").containsOnly(1L);
        return new Surge(report, ids);
    }
}
