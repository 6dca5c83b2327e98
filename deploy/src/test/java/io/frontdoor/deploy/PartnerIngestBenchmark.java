package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.PartnerFeedClient.Example;
import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.LoadGenerator;
import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.event.Topics;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sustained ingest rate of the partner feed: intake (its own process, real broker, PostgreSQL with fsync and
 * synchronous_commit on) turning a backlog of partner messages into contacts and publishing them on (each contact to
 * triage's topic, each acknowledgement to the partner), against a raw peer that reads the same messages from the same
 * topic and batch-inserts them with plain JDBC ({@link RawPeer#kafkaToJdbc}). A run ends when intake's outbox has
 * published every contact it recorded, so no run leaves work behind for the next, and a rate that only recording kept up
 * with is not counted as sustained. Triage and projection are stopped so the figure is intake's alone. Fails if a
 * message sent was not recorded exactly once. Not part of the default build:
 * {@code mvn -B -o -pl deploy -am verify -Dtest=PartnerIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dexcluded.groups=none}
 * ({@code -Dbenchmark.messages=N}, {@code -Dbenchmark.runs=N}, {@code -Dbenchmark.warmup=N}).
 */
@Tag("benchmark")
class PartnerIngestBenchmark {

    static final int MESSAGES = Integer.getInteger("benchmark.messages", 10_000);
    static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    /**
     * Enough for C2 to finish with the hot path: with 1,000, compilation took most of intake's CPU in the runs; with
     * 20,000 the runs still rose one after another (1,321, 1,703 and 2,184 messages/s on one day).
     */
    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 60_000);

    @Test
    void sustainedIngestRateOfThePartnerFeed() throws Exception {
        Platform platform = BenchmarkPlatform.start();
        platform.get(Service.TRIAGE).stop();
        platform.get(Service.PROJECTION).stop();
        oneRun("WARM", WARM_UP);
        List<Double> rates = new ArrayList<>();
        List<Double> peers = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            double[] measured = oneRun("BENCH-" + run, MESSAGES);
            System.out.printf("BENCHMARK partner feed ingest run %d: %d messages, intake %.0f messages/s recorded and published "
                            + "(%.0f/s recorded), raw peer %.0f messages/s, ratio %.1f%% (load average %s)%n", run, MESSAGES,
                    measured[0], measured[2], measured[1], 100 * measured[0] / measured[1], LoadGenerator.loadAverage());
            rates.add(measured[0]);
            peers.add(measured[1]);
        }
        System.out.printf("BENCHMARK partner feed ingest: median of %d runs intake %.0f messages/s recorded and published, raw peer %.0f messages/s, "
                        + "ratio %.1f%%; intake RSS %d MB (runs %s, peer %s)%n", RUNS, BenchmarkPlatform.median(rates),
                BenchmarkPlatform.median(peers), 100 * BenchmarkPlatform.median(rates) / BenchmarkPlatform.median(peers),
                BenchmarkPlatform.rssMegabytes(platform.get(Service.INTAKE)), BenchmarkPlatform.sorted(rates),
                BenchmarkPlatform.sorted(peers));
        platform.close();
    }

    /** @return intake's rate recorded and published, the raw peer's over the same messages, and intake's rate recorded */
    private static double[] oneRun(String label, int size) throws Exception {
        List<Example> batch = batch(label, size);
        List<String> ids = batch.stream().map(Example::contactId).toList();
        Map<TopicPartition, Long> from = endOffsets(PartnerFeedClient.TOPIC);
        long contactsBefore = published(Topics.CONTACTS);
        long acknowledgementsBefore = published(Topics.PARTNER_FEEDBACK);
        long fromIndex = lastGlobalIndex();
        send(batch);
        await(ids, Duration.ofMinutes(15));
        Instant publishedAt = awaitPublished(contactsBefore + size, acknowledgementsBefore + size, Duration.ofMinutes(15));
        Recorded recorded = recorded(fromIndex);
        var counts = PartnerFeedClient.contactsRecorded(ids);
        assertThat(counts).as("every message sent was recorded").hasSize(size);
        assertThat(counts.values()).as("each exactly once").containsOnly(1L);
        assertThat(recorded.count()).isEqualTo(size);
        double peer = RawPeer.kafkaToJdbc(PartnerFeedClient.TOPIC, from, size);
        return new double[] {recorded.rateUntil(publishedAt), peer, recorded.rateUntil(recorded.last())};
    }

    /** The contacts a run recorded, and when the first and the last of them were recorded (the events' own times). */
    private record Recorded(long count, Instant first, Instant last) {

        /** The contacts recorded after the first one, over the time from the first to {@code end}. */
        double rateUntil(Instant end) {
            return (count - 1) / (Duration.between(first, end).toNanos() / 1e9);
        }
    }

    private static List<Example> batch(String label, int size) {
        String run = label + "-" + UUID.randomUUID().toString().substring(0, 6);
        List<Example> examples = PartnerFeedClient.examples();
        List<Example> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Example example = examples.get(i % examples.size());
            batch.add(example.withReference(example.key() + "-" + run + "-" + i));
        }
        return batch;
    }

    private static void send(List<Example> batch) {
        try (var producer = PartnerFeedClient.producer()) {
            batch.forEach(message -> producer.send(PartnerFeedClient.record(message)));
            producer.flush();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    /** The records on {@code topic} so far (its producers are idempotent, not transactional: no markers among them). */
    private static long published(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** When intake's outbox had published a record for every contact of the run and an acknowledgement for each. */
    private static Instant awaitPublished(long contacts, long acknowledgements, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (published(Topics.CONTACTS) < contacts || published(Topics.PARTNER_FEEDBACK) < acknowledgements) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not all published after " + timeout);
            }
            Thread.sleep(50);
        }
        return Instant.now();
    }

    private static long lastGlobalIndex() throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        try (var db = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             var rows = db.createStatement().executeQuery("SELECT coalesce(max(globalindex), 0) FROM intake.domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Recorded recorded(long afterIndex) throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        try (var db = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             var query = db.prepareStatement("""
                     SELECT count(*), min(timestamp), max(timestamp) FROM intake.domainevententry
                     WHERE globalindex > ? AND payloadtype LIKE '%ContactReceived'""")) {
            query.setLong(1, afterIndex);
            try (var rows = query.executeQuery()) {
                rows.next();
                return new Recorded(rows.getLong(1), Instant.parse(rows.getString(2)), Instant.parse(rows.getString(3)));
            }
        }
    }

    private static void await(List<String> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (PartnerFeedClient.contactsRecorded(ids).size() < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not all recorded after " + timeout);
            }
            Thread.sleep(500);
        }
    }
}
