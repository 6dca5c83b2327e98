package io.frontdoor.deploy.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a load run sent and what arrived, with the summary table it prints. */
public record LoadReport(int sent, int accepted, int rejected, int failed, int viaKafka, double sendSeconds,
                         double acceptedPerSecond, Percentiles restLatency, int inQueue, int inTriage,
                         Percentiles toQueue, Percentiles toTriage, double arrivedPerSecond, String load) {

    /** Milliseconds: median, 90th, 99th percentile and maximum of a set of samples. */
    public record Percentiles(int count, double median, double p90, double p99, double max) {

        static Percentiles of(Collection<Double> samples) {
            List<Double> sorted = new ArrayList<>(samples);
            sorted.sort(Double::compare);
            if (sorted.isEmpty()) {
                return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Percentiles(sorted.size(), at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), sorted.get(sorted.size() - 1));
        }

        /** Latencies from each accepted contact's acceptance to when it was seen (nanoTime), for those seen. */
        static Percentiles between(Map<String, Long> accepted, Map<String, Long> seen) {
            List<Double> millis = new ArrayList<>();
            accepted.forEach((id, at) -> {
                Long when = seen.get(id);
                if (when != null) {
                    millis.add(Math.max(0, when - at) / 1e6);
                }
            });
            return of(millis);
        }

        private static double at(List<Double> sorted, double p) {
            return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
        }

        String row(String what) {
            return String.format("| %-34s | %8d | %8.0f | %8.0f | %8.0f | %8.0f |", what, count, median, p90, p99, max);
        }
    }

    /** Every contact accepted reached the queue and was triaged, and nothing failed. */
    public boolean allArrived() {
        return failed == 0 && rejected == 0 && inQueue == accepted && inTriage == accepted;
    }

    public void print(PrintStream out) {
        out.println();
        out.printf("LOAD summary (machine load average %s)%n", load);
        out.println("| counts                             |    value |");
        out.println("| ---------------------------------- | -------- |");
        out.printf("| sent                               | %8d |%n", sent);
        out.printf("| accepted (201 / broker ack)        | %8d |%n", accepted);
        out.printf("|   of them on the partner feed      | %8d |%n", viaKafka);
        out.printf("| rejected (4xx)                     | %8d |%n", rejected);
        out.printf("| failed (5xx, errors)               | %8d |%n", failed);
        out.printf("| arrived in the queue               | %8d |%n", inQueue);
        out.printf("| arrived in the queue as IN_TRIAGE  | %8d |%n", inTriage);
        out.printf("| accepted per second                | %8.1f |%n", acceptedPerSecond);
        out.printf("| triaged per second (first to last) | %8.1f |%n", arrivedPerSecond);
        out.println();
        out.println("| latency (ms)                       |    count |   median |      p90 |      p99 |      max |");
        out.println("| ---------------------------------- | -------- | -------- | -------- | -------- | -------- |");
        out.println(restLatency.row("REST request to 201"));
        out.println(toQueue.row("accepted to queue (RECEIVED)"));
        out.println(toTriage.row("accepted to queue (IN_TRIAGE)"));
        out.printf("LOAD %s: sent %d, accepted %d, arrived %d, triaged %d%n", allArrived() ? "OK" : "MISMATCH", sent, accepted,
                inQueue, inTriage);
    }
}
