package io.frontdoor.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A real token issuer for tests, in this JVM: its own RSA key, and its OpenID discovery document and JWK set served on
 * a local port, so a service validates test tokens exactly as it validates the authorization server's (signature,
 * issuer, audience, expiry). Nothing in the service is mocked.
 */
public final class TestIssuer implements AutoCloseable {

    /** The audience Front Door's services accept by default ({@code frontdoor.security.audience}). */
    public static final String AUDIENCE = "frontdoor-api";

    private static TestIssuer shared;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuerUri;

    private TestIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuerUri = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer": "%s", "jwks_uri": "%s/jwks", "id_token_signing_alg_values_supported": ["RS256"],
                 "subject_types_supported": ["public"], "response_types_supported": ["code"]}""".formatted(issuerUri, issuerUri)));
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    /** The issuer this JVM's tests share; started on first use and stopped with the JVM. */
    public static synchronized TestIssuer get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static TestIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            return new TestIssuer(server, newKey());
        } catch (IOException e) {
            throw new UncheckedIOException("the test issuer did not start", e);
        }
    }

    public String issuerUri() {
        return issuerUri;
    }

    /** A valid token for the actor: this issuer, Front Door's audience, an hour to live. */
    public String token(TestActor actor) {
        return token(actor, claims -> { });
    }

    /** A token with the claims changed (expired, another audience, another issuer...), signed by this issuer's key. */
    public String token(TestActor actor, Consumer<JWTClaimsSet.Builder> change) {
        return sign(key, claims(actor, change));
    }

    /** A well-formed token naming this issuer but signed by a key it never published. */
    public String forgedToken(TestActor actor) {
        return sign(newKey(), claims(actor, claims -> { }));
    }

    private JWTClaimsSet claims(TestActor actor, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerUri)
                .subject(actor.userId())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString())
                .claim("name", "Test " + actor.userId())
                .claim("roles", actor.roles());
        if (actor.agency() != null) {
            claims.claim("agency", actor.agency()).claim("agency_name", actor.agencyName());
        }
        change.accept(claims);
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
