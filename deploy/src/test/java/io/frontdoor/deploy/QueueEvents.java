package io.frontdoor.deploy;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A browser's view of the queue: subscribed to {@code /api/queue/stream}, it notes when each contact first appeared
 * and when it first showed as IN_TRIAGE (System.nanoTime()).
 */
final class QueueEvents implements AutoCloseable {

    final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    final Map<String, Long> inTriage = new ConcurrentHashMap<>();
    private final Stream<String> lines;

    private QueueEvents(Stream<String> lines) {
        this.lines = lines;
    }

    static QueueEvents subscribe() throws Exception {
        return subscribe(RunningPlatform.request(Service.PROJECTION, "GET", "/api/queue/stream", null, RunningPlatform.PRACTITIONER));
    }

    /** The live queue of one projection instance, as the holder of {@code token} sees it. */
    static QueueEvents subscribe(String projectionUrl, String token) throws Exception {
        return subscribe(HttpRequest.newBuilder(URI.create(projectionUrl + "/api/queue/stream")).header("Authorization", "Bearer " + token));
    }

    private static QueueEvents subscribe(HttpRequest.Builder request) throws Exception {
        HttpResponse<Stream<String>> response = RunningPlatform.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("queue stream answered " + response.statusCode());
        }
        QueueEvents events = new QueueEvents(response.body());
        CompletableFuture.runAsync(() -> response.body().forEach(events::read));
        return events;
    }

    private void read(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        long now = System.nanoTime();
        JsonNode data = RunningPlatform.JSON.readTree(line.substring(5));
        JsonNode entries = data.isArray() ? data : data.path("upserts");
        for (JsonNode entry : entries) {
            String contactId = entry.get("contactId").asString();
            firstSeen.putIfAbsent(contactId, now);
            if ("IN_TRIAGE".equals(entry.get("status").asString())) {
                inTriage.putIfAbsent(contactId, now);
            }
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
