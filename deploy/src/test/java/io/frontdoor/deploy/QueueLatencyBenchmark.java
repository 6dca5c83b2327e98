package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.load.QueueWatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Acceptance-to-queue latency over the running services: contacts are posted to intake at a steady rate and a browser's
 * queue stream notes when each appears (RECEIVED, straight from intake's topic) and when it shows IN_TRIAGE (after
 * triage). Not part of the build: {@code mvn -o -pl deploy test -Dtest=QueueLatencyBenchmark -Dfrontdoor.benchmark=true}
 * ({@code -Dfrontdoor.benchmark.contacts=N}, {@code -Dfrontdoor.benchmark.perSecond=R}). Figures go to standard output.
 */
@EnabledIfSystemProperty(named = "frontdoor.benchmark", matches = "true")
class QueueLatencyBenchmark {

    @Test
    void acceptanceToQueue() throws Exception {
        int contacts = Integer.getInteger("frontdoor.benchmark.contacts", 500);
        int perSecond = Integer.getInteger("frontdoor.benchmark.perSecond", 10);
        ContactToQueueTest.awaitInQueue(warmUp(), "IN_TRIAGE", Duration.ofSeconds(120));
        Map<String, Long> accepted = new LinkedHashMap<>();
        try (QueueWatch stream = QueueEvents.subscribe()) {
            long started = System.nanoTime();
            for (int i = 0; i < contacts; i++) {
                long due = started + i * 1_000_000_000L / perSecond;
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                var response = RunningPlatform.postContact(RunningPlatform.contact("LATENCY-" + UUID.randomUUID(), "2026-11-20T09:00:00Z"));
                long at = System.nanoTime();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                accepted.put(RunningPlatform.JSON.readTree(response.body()).get("contactId").asString(), at);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!stream.inTriage.keySet().containsAll(accepted.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(stream.inTriage.keySet()).as("every accepted contact reached the queue").containsAll(accepted.keySet());
            report("in the queue (RECEIVED)", latencies(accepted, stream.firstSeen), contacts, perSecond);
            report("in the queue as IN_TRIAGE", latencies(accepted, stream.inTriage), contacts, perSecond);
        }
    }

    private static String warmUp() throws Exception {
        var response = RunningPlatform.postContact(RunningPlatform.contact("LATENCY-WARMUP-" + UUID.randomUUID(), "2026-11-20T09:00:00Z"));
        return RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();
    }

    private static List<Double> latencies(Map<String, Long> accepted, Map<String, Long> seen) {
        List<Double> millis = new ArrayList<>();
        accepted.forEach((id, at) -> millis.add((seen.get(id) - at) / 1e6));
        millis.sort(Double::compare);
        return millis;
    }

    private static void report(String what, List<Double> millis, int contacts, int perSecond) {
        System.out.printf("BENCHMARK acceptance to %s, %d contacts at %d/s: median %.0f ms, p99 %.0f ms, max %.0f ms%n", what, contacts,
                perSecond, percentile(millis, 0.5), percentile(millis, 0.99), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }
}
