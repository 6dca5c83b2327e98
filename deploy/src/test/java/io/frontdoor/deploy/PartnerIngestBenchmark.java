package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.PartnerFeedClient.Example;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sustained ingest rate of the partner feed: intake (its own process, real broker, PostgreSQL with
 * synchronous_commit on) turning a backlog of partner messages into contacts. Triage and projection are stopped so the
 * figure is intake's alone. Not part of the default build; run it with
 * {@code mvn -B -o -pl deploy test -Dexcluded.groups=none -Dtest=PartnerIngestBenchmark} (after {@code mvn install -DskipTests}).
 */
@Tag("benchmark")
class PartnerIngestBenchmark {

    static final int MESSAGES = Integer.getInteger("benchmark.messages", 3000);
    static final int RUNS = 3;

    @Test
    void sustainedIngestRateOfThePartnerFeed() throws Exception {
        Platform platform = RunningPlatform.get();
        platform.get(Service.TRIAGE).stop();
        platform.get(Service.PROJECTION).stop();
        warmUp();
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            double rate = oneRun("BENCH-" + run);
            System.out.printf("partner feed ingest run %d: %d messages, %.1f messages/s%n", run, MESSAGES, rate);
            rates.add(rate);
        }
        Collections.sort(rates);
        System.out.printf("partner feed ingest: median of %d runs %.1f messages/s (runs %s)%n", RUNS, rates.get(RUNS / 2), rates);
        assertThat(rates.get(0)).isPositive();
    }

    private static void warmUp() throws Exception {
        List<Example> warm = batch("WARM", 200);
        send(warm);
        await(warm.stream().map(Example::contactId).toList(), Duration.ofMinutes(5));
    }

    /** Sends the whole batch at once (the producer outpaces intake), then times first-recorded to last-recorded. */
    private static double oneRun(String label) throws Exception {
        List<Example> batch = batch(label, MESSAGES);
        List<String> ids = batch.stream().map(Example::contactId).toList();
        send(batch);
        long first = 0;
        while (PartnerFeedClient.contactsRecorded(ids).isEmpty()) {
            Thread.sleep(20);
        }
        first = System.nanoTime();
        int recordedAtFirst = PartnerFeedClient.contactsRecorded(ids).size();
        await(ids, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - first) / 1e9;
        var recorded = PartnerFeedClient.contactsRecorded(ids);
        assertThat(recorded).hasSize(MESSAGES);
        assertThat(recorded.values()).containsOnly(1L);
        return (MESSAGES - recordedAtFirst) / seconds;
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

    private static void await(List<String> ids, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (PartnerFeedClient.contactsRecorded(ids).size() < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not all recorded after " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
