package io.frontdoor.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.frontdoor.deploy.WebJourneyTest.checkPage;
import static io.frontdoor.deploy.WebJourneyTest.shortId;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A police officer refers through the web form against the whole running stack: the task list, each child and adult,
 * what happened, the live threshold check changing as concerns are ticked (Luton's pack), the consent question as the
 * pack says (a child-in-need referral needs consent, a child-protection referral does not), a draft that survives a
 * reload and a sign-out, "Check your answers", the confirmation with the reference and the promised times, and the
 * contact in intake and the queue. The whole form is also completed with the keyboard alone. Every page is checked
 * with axe-core (WCAG 2.2 AA) and photographed into {@code target/screenshots/refer-*.png}.
 */
class PartnerReferralJourneyTest {

    static final String NARRATIVE = "Synthetic referral: the officer attended a report of shouting; the older child said "
            + "that her mother's partner hurt her.";
    static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

    @Test
    void anOfficerRefersThroughTheFormWatchingTheThresholdChangeAndTheDraftSurvivesAReloadAndASignOut() throws Exception {
        String family = "Referform" + shortId();
        String contactId;
        try (BrowserContext desk = Browsers.desk()) {
            Page page = Browsers.signIn(desk, "pc.police");
            assertThat(page.locator("h1")).hasText("Your referrals");
            page.click("#make-referral");
            assertThat(page.locator("h1")).hasText("Make a referral to the front door");
            checkPage(page, "refer-start");
            page.click("#start");
            assertThat(page.locator("#referring-as")).containsText("PC Demo Officer");
            assertThat(page.locator("#referring-as")).containsText("Demoshire Police");
            assertThat(page.locator("#status-check")).hasText("Cannot start yet");
            checkPage(page, "refer-task-list");
            String taskList = page.url();

            page.click("#task-about-you");
            page.fill("#email", "not an email");
            page.click("#save");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter a phone number the front door can call you on");
            checkPage(page, "refer-about-you-errors");
            page.locator(".govuk-error-summary a[href='#phone']").click();
            assertThat(page.locator("#phone")).isFocused();
            page.fill("#role", "PPN officer");
            page.fill("#phone", "01632 960001");
            page.fill("#email", "pc.demo@example.org");
            page.click("#save");
            assertThat(page.locator("#status-about-you")).hasText("Completed");

            page.click("#task-children");
            addChild(page, "Imaginary", family, "1", "3", "2018");
            checkPage(page, "refer-child");
            page.click("#save");
            assertThat(page.locator("h1")).hasText("You have added 1 child");
            checkPage(page, "refer-children");
            page.check("#add-another");
            page.click("#continue");
            addChild(page, "Pretend", family, "12", "8", "2023");
            page.click("#save");
            assertThat(page.locator("h1")).hasText("You have added 2 children");
            page.check("#add-another-no");
            page.click("#continue");
            assertThat(page.locator("#status-children")).hasText("Completed");

            page.reload(); // the draft is intake's, not the browser's
            assertThat(page.locator("#status-children")).hasText("Completed");
            page.click("#sign-out");
            assertThat(page.locator("h1")).hasText("You have signed out");
            page.navigate(RunningPlatform.get().pageUrl() + "/refer");
            Browsers.signInHere(page, "pc.police");
            assertThat(page.locator("#drafts")).containsText("Imaginary " + family + ", Pretend " + family);
            checkPage(page, "refer-start-with-drafts");
            page.locator("#drafts a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(family)).click();
            assertThat(page.locator("#status-about-you")).hasText("Completed");
            assertThat(page.locator("#status-children")).hasText("Completed");
            assertThat(page.url()).isEqualTo(taskList);

            page.click("#task-adults");
            checkPage(page, "refer-adults");
            page.check("#add-another");
            page.click("#continue");
            page.fill("#adult-given-name", "Madeup");
            page.fill("#adult-family-name", family);
            page.selectOption("#relationship", "MOTHER");
            checkPage(page, "refer-adult");
            page.click("#save");
            page.check("#add-another-no");
            page.click("#continue");
            assertThat(page.locator("#status-adults")).hasText("Completed");

            page.click("#task-what-happened");
            page.fill("#narrative", NARRATIVE);
            page.check("#immediate-danger-no");
            page.check("#position-of-trust-no");
            page.check("#known-to-services-not-known");
            checkPage(page, "refer-what-happened");
            page.click("#save");

            page.click("#task-concerns");
            String before = page.locator("#advice-headline").textContent();
            checkPage(page, "refer-concerns");
            page.fill("#indicator-search", "centile");
            assertThat(page.locator("#search-count")).hasText("1 concerns match");
            page.check("#i-luton-l3-child-health-growth-falling-centiles");
            assertThat(page.locator("#advice-headline")).containsText("Level 3 Intensive");
            assertThat(page.locator("#advice-headline")).containsText("with the family's consent");
            assertThat(page.locator("#advice-reasons")).containsText("Growth falling 2 centile ranges");
            assertThat(page.locator("#advice-headline").textContent()).isNotEqualTo(before);
            checkPage(page, "refer-concerns-level-3");
            page.click("#save");
            assertThat(page.locator("#status-concerns")).hasText("Completed");

            page.click("#task-consent");
            assertThat(page.locator("#consent-rule")).containsText("needs the consent of the child's parent or carer");
            page.check("#consent-status-not-sought");
            page.fill("#reason-not-sought", "Synthetic: not asked yet.");
            page.click("#save");
            assertThat(page.locator(".govuk-error-summary")).containsText("This referral needs the parents' consent");
            checkPage(page, "refer-consent-errors");

            page.navigate(taskList + "/concerns"); // the child's disclosure makes it a child protection referral
            page.fill("#indicator-search", "disclosure of harm");
            page.check("#i-luton-l4-child-health-allegation-or-disclosure-of-harm");
            assertThat(page.locator("#advice-headline")).containsText("Level 4");
            assertThat(page.locator("#advice-headline")).containsText("consent is not needed");
            assertThat(page.locator("#advice-reasons")).containsText("A clear allegation or disclosure of harm");
            checkPage(page, "refer-concerns-level-4");
            page.reload(); // each tick was saved as it was made
            assertThat(page.locator("#i-luton-l4-child-health-allegation-or-disclosure-of-harm")).isChecked();
            page.click("#save");

            page.click("#task-domestic-abuse");
            page.check("#notification");
            page.check("#dash-risk-medium");
            page.check("#children-in-household");
            page.check("#children-present");
            page.fill("#incident-day", String.valueOf(YESTERDAY.getDayOfMonth()));
            page.fill("#incident-month", String.valueOf(YESTERDAY.getMonthValue()));
            page.fill("#incident-year", String.valueOf(YESTERDAY.getYear()));
            page.fill("#incident-time", "23:40");
            checkPage(page, "refer-domestic-abuse");
            page.click("#save");

            page.click("#task-consent");
            assertThat(page.locator("#consent-rule")).containsText("Consent is not needed for a child protection referral");
            checkPage(page, "refer-consent");
            page.check("#consent-status-not-sought");
            page.fill("#reason-not-sought", "Synthetic: telling the mother could put the children at risk.");
            page.click("#save");
            assertThat(page.locator("#status-check")).hasText("Ready");

            page.click("#task-check");
            assertThat(page.locator("#check-narrative")).hasText(NARRATIVE);
            assertThat(page.locator("#check-children")).containsText("Pretend " + family);
            assertThat(page.locator("#check-domestic-abuse")).containsText("DASH risk medium");
            assertThat(page.locator("#check-advice")).containsText("Level 4");
            checkPage(page, "refer-check");
            page.click("#send");

            assertThat(page.locator(".govuk-panel__title")).hasText("Referral sent");
            assertThat(page.locator("#reference")).containsText("WEB-");
            assertThat(page.locator("#next-decision")).containsText("will decide what help the children need by");
            assertThat(page.locator("#next-outcome")).containsText("You will be told the outcome by");
            checkPage(page, "refer-sent");
            contactId = page.locator("#contact-id").textContent().strip();

            page.navigate(RunningPlatform.get().pageUrl() + "/refer");
            assertThat(page.locator("main")).not().containsText(family); // a sent draft is deleted
        }

        JsonNode record = RunningPlatform.JSON.readTree(RunningPlatform.call(Service.INTAKE, "GET", "/api/contacts/" + contactId,
                null, RunningPlatform.PRACTITIONER).body());
        JsonNode submission = record.get("submission");
        assertThat(submission.get("channel").asString()).isEqualTo("WEB_FORM");
        assertThat(submission.get("referrer").get("name").asString()).isEqualTo("PC Demo Officer");
        assertThat(submission.get("referrer").get("agencyName").asString()).isEqualTo("Demoshire Police");
        assertThat(submission.get("children")).hasSize(2);
        assertThat(submission.get("concerns").get("narrative").asString()).isEqualTo(NARRATIVE);
        assertThat(submission.get("domesticAbuse").get("dashRisk").asString()).isEqualTo("MEDIUM");
        assertThat(submission.get("consent").get("status").asString()).isEqualTo("NOT_SOUGHT");
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
    }

    @Test
    void theWholeFormCanBeCompletedWithTheKeyboardAlone() {
        String family = "Referkeys" + shortId();
        try (BrowserContext desk = Browsers.desk()) {
            Page page = Browsers.signIn(desk, "pc.police");
            press(page, "#make-referral", "Enter");
            press(page, "#start", "Enter");

            press(page, "#task-about-you", "Enter");
            typeInto(page, "#phone", "01632 960002");
            press(page, "#save", "Enter");

            press(page, "#task-children", "Enter");
            typeInto(page, "#given-name", "Keyed");
            typeInto(page, "#family-name", family);
            typeInto(page, "#dob-day", "2");
            typeInto(page, "#dob-month", "2");
            typeInto(page, "#dob-year", "2020");
            press(page, "#save", "Enter");
            press(page, "#add-another", "ArrowRight"); // to "No", and selects it
            assertThat(page.locator("#add-another-no")).isChecked();
            press(page, "#continue", "Enter");

            press(page, "#task-adults", "Enter");
            press(page, "#add-another", "Space");
            press(page, "#continue", "Enter");
            typeInto(page, "#adult-given-name", "Keyedparent");
            tabTo(page, "#relationship");
            page.keyboard().press("ArrowDown"); // Mother
            assertThat(page.locator("#relationship")).hasValue("MOTHER");
            press(page, "#save", "Enter");
            press(page, "#add-another", "ArrowRight");
            press(page, "#continue", "Enter");

            press(page, "#task-what-happened", "Enter");
            typeInto(page, "#narrative", "Synthetic: typed with the keyboard only.");
            press(page, "#immediate-danger", "ArrowRight");
            press(page, "#position-of-trust", "ArrowRight");
            press(page, "#known-to-services", "ArrowRight");
            press(page, "#save", "Enter");

            press(page, "#task-domestic-abuse", "Enter");
            press(page, "#notification", "ArrowRight");
            press(page, "#save", "Enter");

            press(page, "#task-concerns", "Enter");
            press(page, "#group-child-development-4 summary", "Enter");
            press(page, "#i-luton-l4-child-health-allegation-or-disclosure-of-harm", "Space");
            assertThat(page.locator("#advice-headline")).containsText("Level 4");
            press(page, "#save", "Enter");

            press(page, "#task-consent", "Enter");
            press(page, "#consent-status", "ArrowDown");
            press(page, "#consent-status-refused", "ArrowDown");
            assertThat(page.locator("#consent-status-not-sought")).isChecked();
            typeInto(page, "#reason-not-sought", "Synthetic: not asked, child protection.");
            press(page, "#save", "Enter");

            press(page, "#task-check", "Enter");
            assertThat(page.locator("h1")).hasText("Check your answers before sending your referral");
            assertThat(page.locator("#check-narrative")).hasText("Synthetic: typed with the keyboard only.");
            press(page, "#send", "Enter");
            page.locator(".govuk-panel__title, .govuk-error-summary").first().waitFor();
            assertThat(page.locator(".govuk-error-summary").allTextContents()).as("intake refused the referral").isEmpty();
            assertThat(page.locator(".govuk-panel__title")).hasText("Referral sent");
        }
    }

    @Test
    void withoutJavaScriptTheCheckButtonShowsWhatTheThresholdSays() {
        try (BrowserContext desk = Browsers.get().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(1280, 900).setLocale("en-GB").setTimezoneId("Europe/London"))) {
            desk.setDefaultTimeout(30_000);
            Page page = Browsers.signIn(desk, "pc.police");
            page.click("#make-referral");
            page.click("#start");
            page.click("#task-concerns");
            assertThat(page.locator("#indicator-search")).isHidden(); // the search needs the script
            assertThat(page.locator("#check")).isVisible();
            page.click("#group-child-development-3 summary"); // details open without a script
            page.check("#i-luton-l3-child-health-growth-falling-centiles");
            page.click("#check");
            assertThat(page.locator("#advice-headline")).containsText("Level 3 Intensive");
            assertThat(page.locator("#i-luton-l3-child-health-growth-falling-centiles")).isChecked();
            assertThat(page.locator("#group-child-development-3")).hasAttribute("open", "open");
            // axe-core is a script in the page, which cannot run here: the same page is checked with scripts on
            Browsers.screenshot(page, "refer-concerns-without-javascript");
        }
    }

    @Test
    void aSchoolIsNotAskedAboutADomesticAbuseNotification() {
        try (BrowserContext desk = Browsers.desk()) {
            Page page = Browsers.signIn(desk, "sam.school");
            page.click("#make-referral");
            page.click("#start");
            assertThat(page.locator("#referring-as")).containsText("Demo Primary School");
            assertThat(page.locator("#task-domestic-abuse")).hasCount(0);
            assertThat(page.locator("#progress")).hasText("You have completed 0 of 6 sections.");
            checkPage(page, "refer-task-list-school");
        }
    }

    static void addChild(Page page, String given, String family, String day, String month, String year) {
        page.fill("#given-name", given);
        page.fill("#family-name", family);
        page.fill("#dob-day", day);
        page.fill("#dob-month", month);
        page.fill("#dob-year", year);
        page.fill("#address-line1", "7 Nowhere Terrace");
        page.fill("#town", "Luton");
        page.fill("#postcode", "LU1 2BQ");
    }

    /** Moves the focus with the Tab key alone until it reaches the element, then presses a key there. */
    static void press(Page page, String selector, String key) {
        tabTo(page, selector);
        page.keyboard().press(key);
        page.waitForLoadState();
    }

    static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    static void tabTo(Page page, String selector) {
        page.locator(selector).first().waitFor();
        for (int presses = 0; presses < 400; presses++) {
            if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement === document.querySelector(s)", selector))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(selector + " was never reached with the Tab key");
    }
}
