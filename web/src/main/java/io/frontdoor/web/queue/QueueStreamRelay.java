package io.frontdoor.web.queue;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live queue for the page's script: the projection's stream is followed on the server with the person's token
 * (which never reaches the browser), and the browser is told only that something changed, so it fetches the table
 * again through the page's own, signed-in route. No case data passes through this stream.
 */
@RestController
class QueueStreamRelay {

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Services services;
    private final OAuth2AuthorizedClientManager authorizedClients;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService relays = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "queue-relay");
        thread.setDaemon(true);
        return thread;
    });

    QueueStreamRelay(Services services, OAuth2AuthorizedClientManager authorizedClients) {
        this.services = services;
        this.authorizedClients = authorizedClients;
    }

    @GetMapping(path = "/queue/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient client = authorizedClients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("frontdoor")
                .principal(authentication).attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response).build());
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        if (client == null) {
            emitter.complete();
            return emitter;
        }
        String token = client.getAccessToken().getTokenValue();
        Future<?> relay = relays.submit(() -> follow(token, emitter));
        emitter.onCompletion(() -> relay.cancel(true));
        emitter.onTimeout(() -> relay.cancel(true));
        emitter.onError(failure -> relay.cancel(true));
        return emitter;
    }

    private void follow(String token, SseEmitter emitter) {
        HttpRequest upstream = HttpRequest.newBuilder(URI.create(services.url(Service.PROJECTION) + "/api/queue/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        try {
            HttpResponse<InputStream> answer = http.send(upstream, HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() != 200) {
                answer.body().close();
                emitter.complete();
                return;
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null && !Thread.currentThread().isInterrupted()) {
                    if (line.startsWith("event:") && line.contains("changes")) {
                        emitter.send(SseEmitter.event().name("changed").data("queue"));
                    }
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
