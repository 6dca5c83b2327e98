package io.frontdoor.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The local authorization server as the local stack and the queue page use it, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AuthServerTest {

    static final int PORT = freePort();
    static final String ISSUER = "http://localhost:" + PORT;
    static final String PAGE = "http://127.0.0.1:8080" + DemoDirectory.WEB_REDIRECT_PATH;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aPartnerSystemGetsATokenNamingItsAgencyRolesAndFrontDoorsAudience() throws Exception {
        JsonNode claims = claims(clientCredentials("demoshire-police", DemoDirectory.CLIENT_SECRET).get("access_token").asString());

        assertThat(claims.get("iss").asString()).isEqualTo(ISSUER);
        assertThat(claims.get("sub").asString()).isEqualTo("demoshire-police");
        assertThat(claims.get("aud").toString()).contains("frontdoor-api");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"PARTNER_REFERRER\"]");
        assertThat(claims.get("agency").asString()).isEqualTo("POLICE");
        assertThat(claims.get("agency_name").asString()).isEqualTo("Demoshire Police");
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        HttpResponse<String> refused = post("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "demo-practitioner", "not-the-secret");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonSignsInWithAuthorizationCodeAndPkce() throws Exception {
        String verifier = "a-verifier-of-at-least-forty-three-characters-long-0123456789";
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = ISSUER + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", DemoDirectory.WEB_CLIENT,
                "redirect_uri", PAGE, "scope", "openid profile", "state", "s1", "code_challenge", challenge,
                "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.headers().firstValue("Location")).get().asString().endsWith("/login");
        String csrf = find(get(ISSUER + "/login").body(), "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
        HttpResponse<String> signedIn = post("/login", Map.of("username", "max.manager", "password", DemoDirectory.PASSWORD,
                "_csrf", csrf), null, null);
        HttpResponse<String> back = get(signedIn.headers().firstValue("Location").orElseThrow());
        String redirect = back.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).startsWith(PAGE).contains("state=s1");
        String code = find(redirect, "code=([^&]+)");

        HttpResponse<String> withoutVerifier = post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", PAGE), DemoDirectory.WEB_CLIENT, DemoDirectory.CLIENT_SECRET);
        assertThat(withoutVerifier.statusCode()).isEqualTo(400);
    }

    @Test
    void theCodeIsExchangedOnlyWithItsVerifier() throws Exception {
        String verifier = "another-verifier-of-at-least-forty-three-characters-9876543210";
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        get(ISSUER + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", DemoDirectory.WEB_CLIENT,
                "redirect_uri", PAGE, "scope", "openid", "state", "s2", "code_challenge", challenge, "code_challenge_method", "S256")));
        String csrf = find(get(ISSUER + "/login").body(), "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
        HttpResponse<String> signedIn = post("/login", Map.of("username", "pc.police", "password", DemoDirectory.PASSWORD,
                "_csrf", csrf), null, null);
        String code = find(get(signedIn.headers().firstValue("Location").orElseThrow()).headers().firstValue("Location").orElseThrow(),
                "code=([^&]+)");

        HttpResponse<String> token = post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", PAGE, "code_verifier", verifier), DemoDirectory.WEB_CLIENT, DemoDirectory.CLIENT_SECRET);

        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode claims = claims(JSON.readTree(token.body()).get("access_token").asString());
        assertThat(claims.get("sub").asString()).isEqualTo("pc.police");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"PARTNER_REFERRER\"]");
        assertThat(claims.get("agency").asString()).isEqualTo("POLICE");
        assertThat(claims.get("aud").toString()).contains("frontdoor-api");
    }

    @Test
    void theIdTokenNamesThePersonAndTheirRolesForTheWebFrontEnd() throws Exception {
        String verifier = "a-third-verifier-of-at-least-forty-three-characters-5555555555";
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        get(ISSUER + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", DemoDirectory.WEB_CLIENT,
                "redirect_uri", PAGE, "scope", "openid profile", "state", "s3", "code_challenge", challenge,
                "code_challenge_method", "S256")));
        String csrf = find(get(ISSUER + "/login").body(), "name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
        HttpResponse<String> signedIn = post("/login", Map.of("username", "mia.manager", "password", DemoDirectory.PASSWORD,
                "_csrf", csrf), null, null);
        String code = find(get(signedIn.headers().firstValue("Location").orElseThrow()).headers().firstValue("Location").orElseThrow(),
                "code=([^&]+)");

        JsonNode tokens = JSON.readTree(post("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", PAGE, "code_verifier", verifier), DemoDirectory.WEB_CLIENT, DemoDirectory.CLIENT_SECRET).body());

        JsonNode id = claims(tokens.get("id_token").asString());
        assertThat(id.get("name").asString()).isEqualTo("Mia Manager");
        assertThat(id.get("roles").toString()).isEqualTo("[\"MANAGER\"]");
        assertThat(tokens.get("refresh_token").asString()).as("the web front end renews its tokens").isNotBlank();
        HttpResponse<String> discovery = get(ISSUER + "/.well-known/openid-configuration");
        assertThat(JSON.readTree(discovery.body()).get("end_session_endpoint").asString())
                .as("sign-out ends the session here too").isEqualTo(ISSUER + "/connect/logout");
    }

    JsonNode clientCredentials(String client, String secret) throws Exception {
        HttpResponse<String> response = post("/oauth2/token", Map.of("grant_type", "client_credentials"), client, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> fields, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ISSUER + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
