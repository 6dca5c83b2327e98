package io.frontdoor.deploy;

import io.frontdoor.auth.DemoDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Access tokens from the local authorization server for its demo systems (client credentials), reused until near expiry. */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private record Token(String value, Instant renewAt) {
    }

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public Tokens(String issuer) {
        this.issuer = issuer;
    }

    /** A token for one of {@link DemoDirectory#SYSTEMS}. */
    public String forSystem(String clientId) {
        Token token = tokens.get(clientId);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = request(clientId);
            tokens.put(clientId, token);
        }
        return token.value();
    }

    private Token request(String clientId) {
        String credentials = Base64.getEncoder().encodeToString(
                (clientId + ":" + DemoDirectory.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher value = ACCESS_TOKEN.matcher(response.body());
            Matcher expiresIn = EXPIRES_IN.matcher(response.body());
            if (response.statusCode() != 200 || !value.find() || !expiresIn.find()) {
                throw new IllegalStateException("no token for " + clientId + " from " + issuer + ": " + response.statusCode());
            }
            return new Token(value.group(1), Instant.now().plusSeconds(Long.parseLong(expiresIn.group(1)) / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
