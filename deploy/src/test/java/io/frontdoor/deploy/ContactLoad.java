package io.frontdoor.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partner system posting contacts at a steady rate to several intake instances in turn. When an instance does not
 * answer it sends the same contact (same reference, so intake treats it as a resend) to the next one, as a client behind
 * a load balancer would. Every contact intake accepted is noted with its id. (A small load generator of this branch's
 * own; the performance branch's generator may replace it.)
 */
final class ContactLoad {

    private static final Pattern CONTACT_ID = Pattern.compile("\"contactId\"\\s*:\\s*\"([^\"]+)\"");

    private final List<String> intakes;
    private final Tokens tokens;
    private final String system;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** reference -> contact id, for every contact intake accepted (201, or 200 for a resend it had already recorded) */
    final Map<String, String> accepted = new ConcurrentHashMap<>();
    final AtomicInteger failovers = new AtomicInteger();

    ContactLoad(List<String> intakes, Tokens tokens, String system) {
        this.intakes = intakes;
        this.tokens = tokens;
        this.system = system;
    }

    /**
     * Posts {@code count} contacts, {@code perSecond} a second; {@code beforeEach} is told each contact's number first
     * (to kill an instance at a given point, say).
     */
    void run(String run, int count, int perSecond, Instant receivedAt, IntConsumer beforeEach) throws InterruptedException {
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            beforeEach.accept(i);
            String reference = "LOAD-" + run + "-" + i;
            post(reference, RunningPlatform.contact(reference, receivedAt.plusSeconds(i).toString()), i);
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    private void post(String reference, String body, int turn) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int attempt = 0; System.nanoTime() < giveUp; attempt++) {
            String intake = intakes.get((turn + attempt) % intakes.size());
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intake + "/api/contacts"))
                        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + tokens.forSystem(system))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    Matcher id = CONTACT_ID.matcher(response.body());
                    if (!id.find()) {
                        throw new IllegalStateException("no contact id in " + response.body());
                    }
                    accepted.put(reference, id.group(1));
                    return;
                }
                if (response.statusCode() < 500) {
                    throw new IllegalStateException(reference + " refused: " + response.statusCode() + " " + response.body());
                }
            } catch (IOException unreachable) {
                // that instance is down: the next one gets the same contact
            }
            failovers.incrementAndGet();
            Thread.sleep(100);
        }
        throw new IllegalStateException("no intake instance accepted " + reference + " within 60 s");
    }
}
