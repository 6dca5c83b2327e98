package io.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who may use the referral form (partner referrers; front-door staff have the queue), its forms' CSRF tokens, and what
 * a referrer sees when intake is not answering: a "try again" page keeping what they typed. The services here are
 * addresses where nothing listens; the form's whole journey is {@code deploy}'s {@code PartnerReferralJourneyTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebPagesTest.Registration.class)
class ReferralAccessTest {

    @DynamicPropertySource
    static void servicesThatDoNotAnswer(DynamicPropertyRegistry registry) {
        WebPagesTest.servicesThatDoNotAnswer(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    OidcLoginRequestPostProcessor as(String user, String role) {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("frontdoor"))
                .idToken(token -> token.subject(user).claim("name", user).claim("roles", List.of(role))
                        .claim("agency", "POLICE").claim("agency_name", "Demoshire Police"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Test
    void theReferralFormIsForPartnerReferrersOnly() throws Exception {
        for (String role : List.of("PRACTITIONER", "MANAGER", "AUDITOR", "ADMIN")) {
            assertThat(mvc.perform(get("/refer").with(as("someone", role))).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
            assertThat(mvc.perform(get("/refer/d-1/concerns").with(as("someone", role))).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
        }
        // the partner's request goes on to intake (which answers nothing here): no refusal by the page itself
        assertThat(mvc.perform(get("/refer").with(as("pc.police", "PARTNER_REFERRER"))).andReturn().getResponse().getStatus())
                .isEqualTo(503);
        assertThat(mvc.perform(get("/refer")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/oauth2/authorization/frontdoor");
    }

    @Test
    void everyReferralFormNeedsItsCsrfToken() throws Exception {
        assertThat(mvc.perform(post("/refer").with(as("pc.police", "PARTNER_REFERRER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/refer/d-1/concerns/advice").with(as("pc.police", "PARTNER_REFERRER"))
                .param("indicatorIds", "luton.l4.child.health.allegation-or-disclosure-of-harm")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void everyChildrenAndAdultsPageReachesTheFormForAPartner() throws Exception {
        // each goes on to intake for the draft (nothing answers here): mapped, allowed, none refused or unknown
        for (String list : List.of("children", "adults")) {
            for (var request : List.of(get("/refer/d-1/" + list), post("/refer/d-1/" + list), get("/refer/d-1/" + list + "/0"),
                    post("/refer/d-1/" + list + "/0"), post("/refer/d-1/" + list + "/0/remove"))) {
                assertThat(mvc.perform(request.with(as("pc.police", "PARTNER_REFERRER")).with(csrf())).andReturn().getResponse()
                        .getStatus()).as(list).isEqualTo(503);
            }
        }
    }

    @Test
    void whenIntakeDoesNotAnswerWhatWasTypedIsKeptToSendAgain() throws Exception {
        MvcResult down = mvc.perform(post("/refer/d-1/what-happened").with(as("pc.police", "PARTNER_REFERRER")).with(csrf())
                .param("narrative", "Synthetic: the children were frightened.").param("immediateDanger", "no")
                .param("positionOfTrust", "no").param("knownToServices", "not-known")).andReturn();
        assertThat(down.getResponse().getStatus()).isEqualTo(503);
        Document page = Jsoup.parse(down.getResponse().getContentAsString());
        assertThat(page.select("form[action=/refer/d-1/what-happened] input[name=narrative]").val())
                .isEqualTo("Synthetic: the children were frightened.");
        assertThat(page.text()).doesNotContain("Exception");
    }

    @Test
    void aPageWithMistakesComesBackWithTheErrorSummaryWithoutCallingAService() throws Exception {
        MvcResult mistakes = mvc.perform(post("/refer/d-1/about-you").with(as("pc.police", "PARTNER_REFERRER")).with(csrf())
                .param("role", "PPN officer").param("phone", "").param("email", "not-an-email")).andReturn();
        assertThat(mistakes.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(mistakes.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#phone", "#email");
        assertThat(page.select("#phone-error").text()).contains("Enter a phone number the front door can call you on");
        assertThat(page.select("#role").val()).isEqualTo("PPN officer");
        assertThat(page.select("#signed-in-as").text()).contains("pc.police").contains("Demoshire Police");
        assertThat(page.select(".govuk-header__navigation-list a").eachText()).contains("Make a referral").doesNotContain("Queue");
    }
}
