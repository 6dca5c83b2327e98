package io.frontdoor.deploy.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A browser's view of the queue: subscribed to projection's {@code /api/queue/stream} (Server-Sent Events), it notes
 * when each contact first appeared and when it first showed as IN_TRIAGE ({@link System#nanoTime()}).
 */
public final class QueueWatch implements AutoCloseable {

    public final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    public final Map<String, Long> inTriage = new ConcurrentHashMap<>();
    private volatile Stream<String> lines;

    private QueueWatch() {
    }

    /** @param token a bearer token of a role that may read the queue */
    public static QueueWatch subscribe(HttpClient http, String projectionUrl, String token) throws Exception {
        return subscribe(http, HttpRequest.newBuilder(URI.create(projectionUrl + "/api/queue/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)));
    }

    /** @param request a GET of a projection's {@code /api/queue/stream}, with the credentials of a role that may read it */
    public static QueueWatch subscribe(HttpClient http, HttpRequest.Builder request) throws Exception {
        QueueWatch watch = new QueueWatch();
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("queue stream answered " + response.statusCode());
        }
        watch.lines = response.body();
        CompletableFuture.runAsync(() -> {
            try {
                watch.lines.forEach(watch::read);
            } catch (RuntimeException closed) {
                // the stream ends when closed or when projection goes away
            }
        });
        return watch;
    }

    private void read(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        long now = System.nanoTime();
        JsonNode data = ContactMix.JSON.readTree(line.substring(5));
        JsonNode entries = data.isArray() ? data : data.path("upserts");
        for (JsonNode entry : entries) {
            String contactId = entry.get("contactId").asString();
            firstSeen.putIfAbsent(contactId, now);
            if ("IN_TRIAGE".equals(entry.path("status").asString())) {
                inTriage.putIfAbsent(contactId, now);
            }
        }
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
