package io.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.ServerSocket;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Page logic where a browser adds nothing: who may open what, CSRF on every form, the security headers, and what a
 * person sees when a service does not answer (a plain "try again" page keeping what they typed). The services here
 * are addresses where nothing listens; the whole stack's journeys are in {@code deploy}'s browser tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebPagesTest {

    static final String NOBODY = "http://localhost:" + closedPort();

    @DynamicPropertySource
    static void servicesThatDoNotAnswer(DynamicPropertyRegistry registry) {
        registry.add("frontdoor.web.intake-url", () -> NOBODY);
        registry.add("frontdoor.web.triage-url", () -> NOBODY);
        registry.add("frontdoor.web.projection-url", () -> NOBODY);
        registry.add("spring.security.oauth2.client.provider.frontdoor.issuer-uri", () -> NOBODY);
    }

    /** The registration written out, so the test does not need the provider's discovery document. */
    @TestConfiguration
    static class Registration {
        @Bean
        ClientRegistrationRepository registrations() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("frontdoor")
                    .clientId("frontdoor-web").clientSecret("demo-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "profile")
                    .authorizationUri(NOBODY + "/oauth2/authorize").tokenUri(NOBODY + "/oauth2/token")
                    .jwkSetUri(NOBODY + "/oauth2/jwks").userNameAttributeName("sub")
                    .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", NOBODY + "/connect/logout"))
                    .build());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    OidcLoginRequestPostProcessor as(String user, String role) {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("frontdoor"))
                .idToken(token -> token.subject(user).claim("name", user).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Test
    void aPersonNotSignedInIsSentToSignInWithPkce() throws Exception {
        MvcResult toSignIn = mvc.perform(get("/")).andReturn();
        assertThat(toSignIn.getResponse().getStatus()).isEqualTo(302);
        String location = toSignIn.getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/oauth2/authorization/frontdoor");

        MvcResult toProvider = mvc.perform(get("/oauth2/authorization/frontdoor")).andReturn();
        assertThat(toProvider.getResponse().getRedirectedUrl()).startsWith(NOBODY + "/oauth2/authorize")
                .contains("code_challenge=").contains("code_challenge_method=S256");
    }

    @Test
    void aPartnerLandsOnTheirReferralsAndCannotUseTheFrontDoorsPages() throws Exception {
        MvcResult landing = mvc.perform(get("/").with(as("pc.police", "PARTNER_REFERRER"))).andReturn();
        assertThat(landing.getResponse().getRedirectedUrl()).isEqualTo("/your-referrals");
        for (String page : List.of("/contacts/c-1", "/children/ch-1", "/da-triage", "/dashboard", "/audit/access", "/audit/as-at", "/operations")) {
            assertThat(mvc.perform(get(page).with(as("pc.police", "PARTNER_REFERRER"))).andReturn().getResponse().getStatus())
                    .as(page).isEqualTo(403);
        }
        // allowed through to the projection and triage (which answer nothing here)
        assertThat(status(get("/your-referrals"), "pc.police", "PARTNER_REFERRER")).isEqualTo(503);
        assertThat(status(get("/partner-checks"), "hana.health", "PARTNER_REFERRER")).isEqualTo(503);
        assertThat(status(get("/your-referrals"), "pat.practitioner", "PRACTITIONER")).as("partners only").isEqualTo(403);
    }

    @Test
    void theAccessAuditIsTheAuditorsAndOperationsTheAdministrators() throws Exception {
        assertThat(status(get("/audit/access"), "pat.practitioner", "PRACTITIONER")).isEqualTo(403);
        assertThat(status(get("/audit/access"), "max.manager", "MANAGER")).isEqualTo(403);
        assertThat(status(get("/operations"), "alex.auditor", "AUDITOR")).isEqualTo(403);
        assertThat(mvc.perform(get("/").with(as("ada.admin", "ADMIN"))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/operations");

        MvcResult empty = mvc.perform(get("/audit/access").with(as("alex.auditor", "AUDITOR"))).andReturn();
        assertThat(empty.getResponse().getStatus()).as("the search form, before anything is asked of a service").isEqualTo(200);
        Document form = Jsoup.parse(empty.getResponse().getContentAsString());
        assertThat(form.select("form[action=/audit/access] input[name=record]")).hasSize(1);
        assertThat(form.select("#navigation a[href=/audit/access]")).hasSize(1);
        assertThat(form.select("#navigation a[href=/]")).as("an auditor reads the queue too").hasSize(1);

        MvcResult badDate = mvc.perform(get("/audit/access?from=07/12/2026&to=2026-12-01").with(as("alex.auditor", "AUDITOR"))).andReturn();
        assertThat(badDate.getResponse().getStatus()).isEqualTo(200);
        Document errors = Jsoup.parse(badDate.getResponse().getContentAsString());
        assertThat(errors.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#from");
        assertThat(errors.select("#from").val()).isEqualTo("07/12/2026");

        MvcResult down = mvc.perform(get("/audit/access?record=c-1").with(as("alex.auditor", "AUDITOR"))).andReturn();
        assertThat(down.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(down.getResponse().getContentAsString()).select(".govuk-warning-text").text())
                .as("each service that did not answer is named, not hidden").contains("Intake, Triage, Read side did not answer");
    }

    int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user, String role)
            throws Exception {
        return mvc.perform(request.with(as(user, role))).andReturn().getResponse().getStatus();
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        int status = mvc.perform(post("/contacts/c-1/partner-checks").with(as("pat.practitioner", "PRACTITIONER"))
                .param("agency", "HEALTH").param("question", "known?")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void theOpenPagesNeedNoSignInAndCarryTheSecurityHeaders() throws Exception {
        MvcResult statement = mvc.perform(get("/accessibility")).andReturn();
        assertThat(statement.getResponse().getStatus()).isEqualTo(200);
        assertThat(statement.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(statement.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        Document page = Jsoup.parse(statement.getResponse().getContentAsString());
        assertThat(page.body().hasClass("govuk-frontend-supported")).isTrue();
        assertThat(page.select(".fd-header__service").text()).isEqualTo("Front Door");
        assertThat(page.select(".govuk-header__logotype")).as("no crown, no GOV.UK logotype").isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Accessibility statement for Front Door");
    }

    @Test
    void aServiceThatIsDownGivesATryAgainPageThatKeepsWhatWasTyped() throws Exception {
        MvcResult down = mvc.perform(post("/contacts/c-1/partner-checks").with(as("pat.practitioner", "PRACTITIONER")).with(csrf())
                .param("agency", "HEALTH").param("question", "Is the baby known to health visiting?")).andReturn();

        assertThat(down.getResponse().getStatus()).isEqualTo(503);
        Document page = Jsoup.parse(down.getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Sorry, the service is not answering");
        assertThat(page.select("form[action=/contacts/c-1/partner-checks] input[name=question]").val())
                .isEqualTo("Is the baby known to health visiting?");
        assertThat(page.select("form[action=/contacts/c-1/partner-checks] input[name=agency]").val()).isEqualTo("HEALTH");
        assertThat(page.select("form input[name=_csrf]")).isNotEmpty();
        assertThat(page.text()).doesNotContain("Exception").doesNotContain("{\"");
    }

    @Test
    void aPageThatCannotBeReadGivesTryAgainWithoutAStackTrace() throws Exception {
        MvcResult down = mvc.perform(get("/").with(as("pat.practitioner", "PRACTITIONER"))).andReturn();
        assertThat(down.getResponse().getStatus()).isEqualTo(503);
        Document page = Jsoup.parse(down.getResponse().getContentAsString());
        assertThat(page.select("a:containsOwn(Try again)").attr("href")).isEqualTo("/");
        assertThat(page.text()).doesNotContain("Exception").doesNotContain("at io.frontdoor");
    }

    @Test
    void theStatutoryReturnsAreForManagersAndAuditorsOnly() throws Exception {
        String annexA = "/reports/annex-a?from=2026-06-01&to=2026-11-30";
        assertThat(mvc.perform(get(annexA).with(as("pat.practitioner", "PRACTITIONER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // a manager's request goes on to the projection (which answers nothing here): no refusal by the page itself
        assertThat(mvc.perform(get(annexA).with(as("max.manager", "MANAGER"))).andReturn().getResponse().getStatus())
                .isEqualTo(503);
        assertThat(mvc.perform(get("/reports/cin-census?year=2027").with(as("alex.auditor", "AUDITOR"))).andReturn()
                .getResponse().getStatus()).isEqualTo(503);
    }

    @Test
    void signOutEndsTheSessionAtTheProviderToo() throws Exception {
        MvcResult signedOut = mvc.perform(post("/logout").with(as("pat.practitioner", "PRACTITIONER")).with(csrf())).andReturn();
        assertThat(signedOut.getResponse().getRedirectedUrl()).startsWith(NOBODY + "/connect/logout")
                .contains("post_logout_redirect_uri=").contains("signed-out");
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
