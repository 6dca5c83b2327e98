package io.frontdoor.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The front door's working day in a real browser against the whole running stack: sign-in at the authorization
 * server, the queue, a contact worked from arrival to feedback, a manager's authorisation, the live queue, sign-out.
 * Every page visited is checked with axe-core (WCAG 2.2 AA: no violation) and photographed.
 */
class WebJourneyTest {

    static final String NARRATIVE = "Synthetic journey: small bruise on the cheek of a non-mobile baby, no explanation given.";

    @Test
    void aPractitionerWorksARedContactBelowTheRecommendationAndAnotherManagerAuthorisesIt() throws Exception {
        String family = "Journeyred" + shortId();
        String contactId = postRedContact(family);
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));

        try (BrowserContext patsDesk = Browsers.desk()) {
            Page pat = Browsers.signIn(patsDesk, "pat.practitioner");
            pat.navigate(RunningPlatform.get().pageUrl() + "/?tab=unallocated&rag=RED");
            Locator row = pat.locator("tr[data-contact-id='" + contactId + "']");
            assertThat(row).containsText("RED");
            assertThat(row.getByRole(AriaRole.LINK)).containsText(family);
            checkPage(pat, "queue");

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take it")).click();
            assertThat(pat.locator("#allocated-to")).hasText("pat.practitioner");
            assertThat(pat.locator("#recommended-level")).containsText("Protection & Specialist");
            if (intakeReturnsTheReferral(contactId)) {
                assertThat(pat.locator("#narrative")).hasText(NARRATIVE);
            } else { // until intake's full read lands (the trust issue): the page says so rather than failing
                assertThat(pat.locator("#referral + p")).hasText("The referral's details are not available from intake yet.");
            }
            checkPage(pat, "contact");

            pat.selectOption("#check-agency", "HEALTH");
            pat.fill("#check-question", "Is the baby known to health visiting?");
            pat.click("#request-check");
            assertThat(pat.locator("#checks + table")).containsText("Is the baby known to health visiting?");
            assertThat(pat.locator(".govuk-notification-banner--success")).containsText("Partner check requested");

            pat.click("#record-decision");
            assertThat(pat.locator("#level-4")).isChecked();
            checkPage(pat, "decision");
            pat.click("#continue");
            assertThat(pat.locator(".govuk-error-summary")).containsText("Enter the rationale for the decision");
            checkPage(pat, "decision-errors");
            pat.locator(".govuk-error-summary a[href='#rationale']").click();
            assertThat(pat.locator("#rationale")).isFocused();

            pat.check("#level-3");
            pat.uncheck("input[name=routes][value=STRATEGY_DISCUSSION]");
            pat.check("input[name=routes][value=EARLY_HELP]");
            pat.fill("#rationale", "Synthetic: health visitor explains the mark; family support is the better response.");
            pat.click("#continue");
            assertThat(pat.locator("#override-warning")).containsText("below the recommendation");
            assertThat(pat.locator("#override-warning")).containsText("A manager must authorise it");
            checkPage(pat, "check-your-answers");
            pat.click("#record");
            assertThat(pat.locator(".govuk-panel__title")).hasText("Decision recorded");
            assertThat(pat.locator("#next")).containsText("A manager must authorise this decision");
            checkPage(pat, "decision-recorded");

            pat.click("#back-to-contact");
            assertThat(pat.locator("#authorisation-state")).hasText("Waiting for a manager");
            assertThat(pat.locator("#authorise")).hasCount(0);
            assertThat(forcedPost(pat, "/contacts/" + contactId + "/authorisation").locator("h1")).hasText("You cannot do this");
        }

        try (BrowserContext maxsDesk = Browsers.desk()) {
            Page max = Browsers.signIn(maxsDesk, "max.manager");
            max.navigate(RunningPlatform.get().pageUrl() + "/authorisations");
            assertThat(max.locator("#waiting")).containsText(family);
            checkPage(max, "authorisations");
            max.locator("#waiting").getByText(family).click();
            max.click("#authorise");
            assertThat(max.locator(".govuk-notification-banner--success")).containsText("Decision authorised");
            assertThat(max.locator("#authorisation-state")).hasText("Authorised by max.manager");

            assertThat(max.locator("#feedback-kind")).hasValue("NOT_ACCEPTED");
            max.selectOption("#feedback-method", "PHONE");
            max.click("#send-feedback");
            assertThat(max.locator("#feedback-sent")).containsText("Sent");
            assertThat(max.locator("#feedback-sent")).containsText("does not need a children's social care response");
            checkPage(max, "after-the-decision");

            max.click("#early-help-link");
            for (int tries = 0; tries < 60 && !"Early help episode".equals(max.locator("h1").textContent()); tries++) {
                max.waitForTimeout(1000); // the episode starts when triage routes the authorised decision
                max.reload();
            }
            assertThat(max.locator("h1")).hasText("Early help episode");
            assertThat(max.locator("#milestones")).isVisible();
            checkPage(max, "early-help");

            max.navigate(RunningPlatform.get().pageUrl() + "/dashboard");
            assertThat(max.locator("h1")).hasText("Dashboard");
            checkPage(max, "dashboard");
        }
    }

    @Test
    void aManagerCannotAuthoriseTheirOwnDecision() throws Exception {
        String family = "Journeyown" + shortId();
        String contactId = postRedContact(family);
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        try (BrowserContext miasDesk = Browsers.desk()) {
            Page mia = Browsers.signIn(miasDesk, "mia.manager");
            mia.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId + "/decision");
            mia.check("#level-2");
            mia.fill("#rationale", "Synthetic: a manager's own downward decision.");
            mia.click("#continue");
            mia.click("#record");
            assertThat(mia.locator(".govuk-error-summary")).containsText("Allocate the contact to a worker before recording a decision");

            mia.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId);
            mia.click("#take-it");
            mia.click("#record-decision");
            mia.check("#level-2");
            mia.fill("#rationale", "Synthetic: a manager's own downward decision.");
            mia.click("#continue");
            Page meanwhile = miasDesk.newPage(); // the same contact decided in another tab before this decision is sent
            meanwhile.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId + "/decision");
            meanwhile.check("#level-2");
            meanwhile.fill("#rationale", "Synthetic: a manager's own downward decision.");
            meanwhile.click("#continue");
            meanwhile.click("#record");
            assertThat(meanwhile.locator(".govuk-panel__title")).hasText("Decision recorded");
            mia.click("#record");
            assertThat(mia.locator("#conflict")).containsText("Someone else changed this contact first");
            assertThat(mia.locator("#standing-decision")).containsText("Synthetic: a manager's own downward decision.");
            checkPage(mia, "conflict");
            assertThat(mia.locator("#own-decision")).containsText("another manager must authorise it");
            assertThat(mia.locator("#authorise")).hasCount(0);
            Page refused = forcedPost(mia, "/contacts/" + contactId + "/authorisation");
            assertThat(refused.locator(".govuk-error-summary")).isVisible();
            assertThat(refused.locator("#authorisation-state")).hasText("Waiting for a manager");

            mia.navigate(RunningPlatform.get().pageUrl() + "/authorisations");
            assertThat(mia.locator("#own-waiting")).containsText(family);
            assertThat(mia.locator("#waiting tr", new Page.LocatorOptions().setHasText(family))).hasCount(0);
        }
    }

    @Test
    void theDecisionFormWorksWithTheKeyboardAlone() throws Exception {
        String contactId = postRedContact("Journeykeys" + shortId());
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        try (BrowserContext desk = Browsers.desk()) {
            Page pat = Browsers.signIn(desk, "pat.practitioner");
            pat.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId + "/decision");
            pat.locator("#level-4").focus();
            pat.keyboard().press("ArrowUp");
            assertThat(pat.locator("#level-3")).isChecked();
            pat.keyboard().press("Tab");
            assertThat(pat.locator("input[name=routes]").first()).isFocused();
            pat.keyboard().press("Space");
            assertThat(pat.locator("input[name=routes]").first()).isChecked();
            while (!"rationale".equals(pat.evaluate("document.activeElement.id"))) {
                pat.keyboard().press("Tab");
            }
            pat.keyboard().type("Synthetic: typed with the keyboard only.");
            pat.keyboard().press("Tab");
            assertThat(pat.locator("#continue")).isFocused();
            pat.keyboard().press("Enter");
            assertThat(pat.locator("h1")).hasText("Check your answers before recording the decision");
            assertThat(pat.locator("main")).containsText("Synthetic: typed with the keyboard only.");
        }
    }

    @Test
    void aSecondBrowsersQueueUpdatesWithoutAReload() throws Exception {
        try (BrowserContext desk = Browsers.desk()) {
            Page watching = Browsers.signIn(desk, "max.manager");
            watching.navigate(RunningPlatform.get().pageUrl() + "/?tab=all");
            watching.waitForLoadState();
            Object marker = watching.evaluate("() => { window.notReloaded = true; return true; }");
            assertThat(marker).isEqualTo(true);
            String family = "Journeylive" + shortId();
            String contactId = postRedContact(family);
            assertThat(watching.locator("tr[data-contact-id='" + contactId + "']"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
            assertThat(watching.evaluate("() => window.notReloaded === true")).isEqualTo(true);
            assertThat(watching.locator("#queue-live")).containsText("Queue updated");
        }
    }

    @Test
    void signingOutEndsTheSessionAtTheAuthorizationServerToo() {
        try (BrowserContext sharedDesk = Browsers.desk()) {
            Page page = Browsers.signIn(sharedDesk, "pat.practitioner");
            assertThat(page.locator(".fd-header__person")).hasText("Pat Practitioner");
            page.click("#sign-out");
            assertThat(page.locator("h1")).hasText("You have signed out");
            checkPage(page, "signed-out");

            page.navigate(RunningPlatform.get().pageUrl() + "/");
            assertThat(page.locator("input[name=username]")).isVisible();
            assertThat(page.url()).startsWith(RunningPlatform.get().issuer());
            page.reload();
            assertThat(page.locator("input[name=username]")).isVisible();

            Browsers.signInHere(page, "max.manager");
            assertThat(page.locator(".fd-header__person")).hasText("Max Manager");
        }
    }

    @Test
    void theOtherPagesHaveNoAccessibilityViolations() throws Exception {
        String contactId = postRedContact("Journeypages" + shortId());
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        String childId = awaitChildLink(contactId);
        try (BrowserContext desk = Browsers.desk()) {
            Page page = Browsers.signIn(desk, "max.manager");
            page.navigate(RunningPlatform.get().pageUrl() + "/children/" + childId);
            assertThat(page.locator("h1")).containsText("Journeypages");
            checkPage(page, "chronology");
            page.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + UUID.randomUUID());
            assertThat(page.locator("h1")).hasText("Not found");
            checkPage(page, "not-found");
            page.navigate(RunningPlatform.get().pageUrl() + "/accessibility");
            checkPage(page, "accessibility");
            page.navigate(RunningPlatform.get().pageUrl() + "/da-triage?pack=north-lincolnshire");
            assertThat(page.locator("h1")).containsText("Weekly domestic abuse triage");
            checkPage(page, "da-triage");
        }
    }

    /** A police notification about a non-mobile baby with a bruise: the Nottingham pack recommends level 4, RED. */
    static String postRedContact(String family) throws Exception {
        String body = """
                {"packId": "nottingham-city", "externalReference": "WEB-%s", "channel": "PARTNER_API", "receivedAt": "%s",
                 "referrer": {"agencyType": "POLICE", "agencyName": "Demoshire Police", "name": "PC Example",
                              "phone": "01632 960000", "email": "pc.example@example.org"},
                 "children": [{"givenName": "Imaginary", "familyName": "%s", "dateOfBirth": "%s",
                               "address": {"line1": "3 Madeup Close", "postcode": "NG1 1AA"}}],
                 "concerns": {"indicatorIds": ["nottingham-city.l4.child.immediate-referral.non-mobile-child-bruising"],
                              "narrative": "%s"},
                 "consent": {"status": "NOT_SOUGHT", "reasonNotSought": "child protection concern"}}
                """.formatted(UUID.randomUUID(), Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS), family,
                java.time.LocalDate.now().minusMonths(3), NARRATIVE);
        var response = RunningPlatform.postContact(body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("contact refused: " + response.statusCode() + " " + response.body());
        }
        return RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();
    }

    static boolean intakeReturnsTheReferral(String contactId) throws Exception {
        var record = RunningPlatform.JSON.readTree(RunningPlatform.call(Service.INTAKE, "GET", "/api/contacts/" + contactId, null,
                RunningPlatform.PRACTITIONER).body());
        return record.has("submission");
    }

    static String awaitChildLink(String contactId) throws Exception {
        return await("contact " + contactId + " linked to a child with a chronology").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> linkedChild(contactId), java.util.Objects::nonNull);
    }

    /** The child the contact was linked to, once the child's chronology can be read; null before. */
    private static String linkedChild(String contactId) throws Exception {
        var triage = RunningPlatform.JSON.readTree(RunningPlatform.call(Service.TRIAGE, "GET", "/api/triages/" + contactId, null,
                RunningPlatform.PRACTITIONER).body());
        for (var event : triage.get("events")) {
            if ("ContactLinkedToChild".equals(event.get("type").asString())) {
                String childId = event.get("event").get("childId").asString();
                if (RunningPlatform.call(Service.PROJECTION, "GET", "/api/children/" + childId + "/chronology", null,
                        RunningPlatform.PRACTITIONER).statusCode() == 200) {
                    return childId;
                }
            }
        }
        return null;
    }

    /** Sends a form the page does not offer (as a hand-made request would), with the page's own CSRF token. */
    static Page forcedPost(Page page, String path) {
        page.evaluate("path => { const form = document.createElement('form'); form.method = 'post'; form.action = path;"
                + " const csrf = document.querySelector('input[name=_csrf]').cloneNode(); form.appendChild(csrf);"
                + " document.body.appendChild(form); form.submit(); }", path);
        page.waitForLoadState();
        return page;
    }

    static void checkPage(Page page, String name) {
        Browsers.screenshot(page, name);
        assertThat(Browsers.axe(page, name)).as("axe-core WCAG 2.2 AA violations on " + name).isEmpty();
    }

    static String shortId() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().substring(0, 6).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return letters.toString();
    }
}
