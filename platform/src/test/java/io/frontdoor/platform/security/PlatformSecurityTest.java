package io.frontdoor.platform.security;

import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestIssuer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's sign-in, endpoint rules, problems, headers and size limit, on a minimal service over real HTTP. */
@SpringBootTest(classes = RecordsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformSecurityTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestActor PRACTITIONER = TestActor.practitioner("pat");

    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN,
                    caller("partner", TestActor.partner("police.referrer", "POLICE")),
                    caller("practitioner", PRACTITIONER),
                    caller("manager", TestActor.manager("max")),
                    caller("auditor", TestActor.auditor("alex")),
                    caller("admin", TestActor.admin("ada")),
                    caller("no role", TestActor.noRole("nora")))
            .row("GET /api/records/r-1", 401, 403, 200, 200, 200, 403, 403)
            .row("POST /api/records/r-1/notes", 401, 403, 200, 200, 403, 403, 403)
            .row("POST /api/records/r-1/approval", 401, 403, 403, 200, 403, 403, 403)
            .row("GET /api/audit/access?user=pat", 401, 403, 403, 403, 200, 403, 403)
            .row("DELETE /api/audit/access?user=pat", 401, 403, 403, 403, 403, 403, 403)
            .row("GET /api/undeclared", 401, 403, 403, 403, 403, 403, 403)
            .row("GET /actuator/health", 200, 200, 200, 200, 200, 200, 200)
            .row("GET /actuator/metrics", 401, 403, 403, 403, 403, 200, 403)
            .row("GET /v3/api-docs", 200, 200, 200, 200, 200, 200, 200);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        api().answer(expected);
    }

    @Test
    void aTokenThatIsExpiredForeignForgedOrGarbageIsRefusedWith401() {
        TestIssuer issuer = TestIssuer.get();
        Map<String, String> tokens = Map.of(
                "expired", issuer.token(PRACTITIONER, claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120)))),
                "for another audience", issuer.token(PRACTITIONER, claims -> claims.audience("some-other-api")),
                "from another issuer", issuer.token(PRACTITIONER, claims -> claims.issuer("https://elsewhere.example")),
                "signed by an unknown key", issuer.forgedToken(PRACTITIONER),
                "not a JWT", "not-a-token");
        tokens.forEach((what, token) -> {
            HttpResponse<String> response = api().send("GET", "/api/records/r-1", null, token);
            assertThat(response.statusCode()).as(what).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(what).get().asString().startsWith("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).get().asString().contains("invalid_token");
        });
    }

    /** The same token again is taken from what was verified, and still answers as the token's actor and roles. */
    @Test
    void aTokenSentAgainIsAcceptedFromWhatWasVerifiedAndStillRoleChecked(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.security.oauth2.jwt.JwtDecoder decoder) {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
        String token = TestIssuer.get().token(TestActor.partner("health.system", "HEALTH"));
        for (int i = 0; i < 2; i++) {
            assertThat(api().send("GET", "/api/me", null, token).statusCode()).isEqualTo(200);
            assertThat(api().send("GET", "/api/records/r-1", null, token).statusCode()).as("a partner may not read records").isEqualTo(403);
        }
    }

    @Test
    void theActorIsTakenFromTheToken() {
        JsonNode actor = json(api().get("/api/me", TestActor.partner("school.system", "EDUCATION")));

        assertThat(actor.get("userId").asString()).isEqualTo("school.system");
        assertThat(actor.get("displayName").asString()).isEqualTo("Test school.system");
        assertThat(actor.get("roles").toString()).isEqualTo("[\"PARTNER_REFERRER\"]");
        assertThat(actor.get("agency").asString()).isEqualTo("EDUCATION");
        assertThat(json(api().post("/api/records/r-9/notes", "{}", PRACTITIONER)).get("by").asString()).isEqualTo("pat");
    }

    @Test
    void answersCarrySecurityHeadersAndAContentSecurityPolicy() {
        HttpResponse<String> response = api().get("/api/records/r-1", PRACTITIONER);

        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "connect-src 'self' " + TestIssuer.get().issuerUri());
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void noOtherOriginMayCallByDefault() throws Exception {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/records/r-1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isIn(401, 403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrChunked() throws Exception {
        String large = "{\"text\": \"" + "x".repeat(2000) + "\"}";
        HttpResponse<String> declared = api().post("/api/echo", large, PRACTITIONER);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");

        assertThat(chunked(large).statusCode()).isEqualTo(413);
        HttpResponse<String> small = chunked("{\"text\": \"fits\"}");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
        assertThat(json(small).get("bytes").asInt()).isEqualTo("{\"text\": \"fits\"}".length());
    }

    private HttpResponse<String> chunked(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/echo"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestIssuer.get().token(PRACTITIONER))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
