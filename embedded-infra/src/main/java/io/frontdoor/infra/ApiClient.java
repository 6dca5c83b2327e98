package io.frontdoor.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A service's HTTP API as a test calls it: as an actor (with a token from the {@link TestIssuer}), or with no token. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final TestIssuer issuer;

    public ApiClient(String baseUrl) {
        this(baseUrl, TestIssuer.get());
    }

    public ApiClient(String baseUrl, TestIssuer issuer) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
    }

    /** @param as null for a request with no token */
    public HttpResponse<String> get(String path, TestActor as) {
        return send("GET", path, null, as == null ? null : issuer.token(as));
    }

    /** @param as null for a request with no token */
    public HttpResponse<String> post(String path, String json, TestActor as) {
        return send("POST", path, json, as == null ? null : issuer.token(as));
    }

    /**
     * Calls an {@link AccessTable} case's endpoint ({@code "POST /api/x"}; a POST sends {@code {}}) as its caller, and
     * checks the answer against the table.
     */
    public HttpResponse<String> answer(AccessTable.Case expected) {
        String[] call = expected.endpoint().split(" ", 2);
        TestActor as = expected.caller().actor();
        HttpResponse<String> response = send(call[0], call[1], call[0].equals("POST") ? "{}" : null, as == null ? null : issuer.token(as));
        AccessTable.assertAnswer(expected, response);
        return response;
    }

    /** @param bearerToken sent as is (a forged or expired one, say); null for none */
    public HttpResponse<String> send(String method, String path, String json, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
