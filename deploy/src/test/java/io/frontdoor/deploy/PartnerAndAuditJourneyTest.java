package io.frontdoor.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.frontdoor.deploy.WebJourneyTest.checkPage;
import static io.frontdoor.deploy.WebJourneyTest.postRedContact;
import static io.frontdoor.deploy.WebJourneyTest.shortId;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Partners and auditors in a real browser against the whole running stack: a police officer follows a referral to its
 * outcome under "Your referrals" (adds information, disagrees) while a school sees none of it; a health visitor answers
 * the partner check asked of health and the worker sees the answer; an auditor finds who looked at a child, including a
 * refused attempt, then sees the contact as it stood, the decisions under review; an administrator's operations page.
 * Every page is checked with axe-core (WCAG 2.2 AA: no violation) and photographed.
 */
class PartnerAndAuditJourneyTest {

    static final String OUTCOME = "Synthetic outcome: accepted; a strategy discussion is being held today.";

    @Test
    void anOfficerFollowsTheirReferralToItsOutcomeAndASchoolDoesNotSeeIt() throws Exception {
        String family = "Partnerview" + shortId();
        String contactId = postRedContact(family);
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        command(contactId, "allocation", "{\"worker\": \"demo-practitioner\"}", "demo-manager");
        command(contactId, "decision", "{\"levelRank\": 4, \"routes\": [\"STRATEGY_DISCUSSION\"], \"rationale\": \"Synthetic: as recommended\"}",
                "demo-practitioner");
        command(contactId, "feedback", "{\"kind\": \"OUTCOME\", \"method\": \"EMAIL\", \"message\": \"" + OUTCOME + "\"}", "demo-practitioner");

        try (BrowserContext officersDesk = Browsers.desk()) {
            Page officer = Browsers.signIn(officersDesk, "pc.police");
            assertThat(officer).hasURL(RunningPlatform.get().pageUrl() + "/your-referrals");
            Locator row = officer.locator("#referrals tr[data-contact-id='" + contactId + "']");
            for (int tries = 0; tries < 60 && !row.textContent().contains(OUTCOME); tries++) {
                officer.waitForTimeout(1000); // the read side has the feedback within a second or two
                officer.reload();
            }
            assertThat(row).containsText(family);
            assertThat(row).containsText(OUTCOME);
            checkPage(officer, "your-referrals");

            row.getByText(family).click();
            assertThat(officer.locator("#status")).hasText("Closed: the front door's part is finished"); // closed when the outcome was sent
            assertThat(officer.locator("#routes")).containsText("Strategy discussion");
            assertThat(officer.locator("#feedback")).containsText(OUTCOME);
            assertThat(officer.locator("#promises tr[data-kind=DECISION]")).containsText("Kept: done");
            assertThat(officer.locator("#promises tr[data-kind=OUTCOME_TO_REFERRER]")).containsText("Kept: done");
            checkPage(officer, "your-referral");

            officer.click("#add-information");
            assertThat(officer.locator(".govuk-error-summary")).containsText("Enter the information to add");
            officer.fill("#information", "Synthetic: the family has moved to 4 Madeup Close.");
            officer.click("#add-information");
            assertThat(officer.locator(".govuk-notification-banner--success")).containsText("Your information was added");
            var record = RunningPlatform.JSON.readTree(RunningPlatform.call(Service.INTAKE, "GET", "/api/contacts/" + contactId, null,
                    RunningPlatform.PRACTITIONER).body());
            assertThat(record.get("updates").get(0).get("sentBy").asString()).isEqualTo("pc.police");
            assertThat(record.get("current").get("concerns").get("narrative").asString())
                    .contains("Added by PC Demo Officer").contains("4 Madeup Close");

            officer.fill("#reason", "Synthetic: we think the baby needs a protection plan now.");
            officer.click("#raise-disagreement");
            assertThat(officer.locator(".govuk-notification-banner--success")).containsText("Your disagreement was raised");
            for (int tries = 0; tries < 60 && officer.locator("#disagreement-1").count() == 0; tries++) {
                officer.waitForTimeout(1000);
                officer.reload();
            }
            assertThat(officer.locator("#disagreement-1")).containsText("we think the baby needs a protection plan");
            assertThat(officer.locator("#disagreement-1 tbody tr").first()).containsText("Waiting");
            checkPage(officer, "your-referral-disagreement");
        }

        try (BrowserContext schoolsDesk = Browsers.desk()) {
            Page school = Browsers.signIn(schoolsDesk, "sam.school");
            assertThat(school.locator("main")).not().containsText(family);
            school.navigate(RunningPlatform.get().pageUrl() + "/your-referrals/" + contactId);
            assertThat(school.locator("h1")).hasText("Not found");
            assertThat(school.locator("main")).not().containsText(OUTCOME);
            school.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId);
            assertThat(school.locator("h1")).not().containsText(family);
        }
    }

    @Test
    void aHealthVisitorAnswersTheCheckAskedOfHealthAndTheWorkerSeesTheAnswer() throws Exception {
        String family = "Healthcheck" + shortId();
        String contactId = postRedContact(family);
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        command(contactId, "partner-checks", "{\"agency\": \"HEALTH\", \"question\": \"Synthetic: is the baby known to health visiting?\"}",
                "demo-practitioner");
        command(contactId, "partner-checks", "{\"agency\": \"POLICE\", \"question\": \"Synthetic: any police history?\"}",
                "demo-practitioner");
        String answer = "Synthetic: known to health visiting; seen at the 6-week check, no concerns recorded.";

        try (BrowserContext healthDesk = Browsers.desk()) {
            Page health = Browsers.signIn(healthDesk, "hana.health");
            health.navigate(RunningPlatform.get().pageUrl() + "/partner-checks");
            Locator row = health.locator("#checks tr", new Page.LocatorOptions().setHasText(family));
            for (int tries = 0; tries < 60 && row.count() == 0; tries++) {
                health.waitForTimeout(1000);
                health.reload();
            }
            assertThat(row).hasCount(1); // the police's check on the same contact is not health's
            assertThat(row).containsText("To answer");
            checkPage(health, "partner-checks");

            row.getByText(family).click();
            assertThat(health.locator("#question")).hasText("Synthetic: is the baby known to health visiting?");
            assertThat(health.locator("#children")).containsText(family);
            health.click("#send-answer");
            assertThat(health.locator(".govuk-error-summary")).containsText("Enter your agency's answer");
            checkPage(health, "partner-check-errors");
            health.fill("#response", answer);
            health.click("#send-answer");
            assertThat(health.locator(".govuk-notification-banner--success")).containsText("Your answer was sent to the front door");
            assertThat(health.locator("#answer")).hasText(answer);
            checkPage(health, "partner-check-answered");
        }

        try (BrowserContext patsDesk = Browsers.desk()) {
            Page pat = Browsers.signIn(patsDesk, "pat.practitioner");
            pat.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId);
            Locator checks = pat.locator("#checks + table");
            assertThat(checks).containsText(answer);
            assertThat(checks).containsText("Answered by hana.health");
            checkPage(pat, "contact-with-partner-answer");
        }
    }

    @Test
    void anAuditorFindsWhoLookedAtAChildIncludingARefusedAttemptAndSeesTheContactAsItStood() throws Exception {
        String family = "Audited" + shortId();
        String contactId = postRedContact(family);
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        String childId = WebJourneyTest.awaitChildLink(contactId);
        Thread.sleep(1100);
        String beforeTheDecision = londonNow();
        Thread.sleep(1100); // "as at" is to the second
        command(contactId, "allocation", "{\"worker\": \"demo-practitioner\"}", "demo-manager");
        command(contactId, "decision", "{\"levelRank\": 2, \"routes\": [\"EARLY_HELP\"], \"rationale\": \"Synthetic: below the recommendation\"}",
                "demo-practitioner");

        try (BrowserContext patsDesk = Browsers.desk()) {
            Page pat = Browsers.signIn(patsDesk, "pat.practitioner");
            pat.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId);
            assertThat(pat.locator("h1")).containsText(family);
        }
        try (BrowserContext schoolsDesk = Browsers.desk()) {
            Page school = Browsers.signIn(schoolsDesk, "sam.school");
            school.navigate(RunningPlatform.get().pageUrl() + "/your-referrals/" + contactId);
            assertThat(school.locator("h1")).hasText("Not found");
        }

        try (BrowserContext auditorsDesk = Browsers.desk()) {
            Page auditor = Browsers.signIn(auditorsDesk, "alex.auditor");
            auditor.navigate(RunningPlatform.get().pageUrl() + "/audit/access");
            checkPage(auditor, "access-audit-search");
            auditor.fill("#record", childId);
            auditor.click("#search");
            assertThat(auditor.locator("#child-contacts")).containsText("the child's contacts (1)");
            Locator patsLooks = auditor.locator("#looks tr[data-user='pat.practitioner']");
            assertThat(patsLooks.first()).containsText("Viewed");
            assertThat(auditor.locator("#looks tr[data-user='pat.practitioner']", new Page.LocatorOptions()
                    .setHasText("Page /contacts/" + contactId)).first()).isVisible();
            Locator refused = auditor.locator("#looks tr[data-user='sam.school'][data-outcome='REFUSED']");
            assertThat(refused.first()).containsText("Refused");
            assertThat(refused.first()).containsText("Page /your-referrals/" + contactId);
            assertThat(auditor.locator("#summary")).containsText("refused");
            checkPage(auditor, "access-audit");

            auditor.navigate(RunningPlatform.get().pageUrl() + "/audit/as-at?at=" + beforeTheDecision + "&contact=" + contactId);
            assertThat(auditor.locator("#referral")).containsText(family);
            assertThat(auditor.locator("#recommendation-as-at")).containsText("level 4");
            assertThat(auditor.locator("#decision-as-at")).hasText("None by then.");
            assertThat(auditor.locator("#queue-as-at tr[data-contact-id='" + contactId + "']")).containsText("Nobody");
            checkPage(auditor, "as-at");
            auditor.navigate(RunningPlatform.get().pageUrl() + "/audit/as-at?at=" + londonNow() + "&contact=" + contactId);
            assertThat(auditor.locator("#decision-as-at")).containsText("waiting for a manager");

            auditor.navigate(RunningPlatform.get().pageUrl() + "/audit/review");
            assertThat(auditor.locator("#decisions tr[data-contact-id='" + contactId + "']")).containsText("Below the recommendation");
            checkPage(auditor, "decisions-under-review");
            auditor.navigate(RunningPlatform.get().pageUrl() + "/accessibility");
            assertThat(auditor.locator("#compliance-status")).isVisible();
            checkPage(auditor, "accessibility-statement");
        }

        try (BrowserContext adminsDesk = Browsers.desk()) {
            Page admin = Browsers.signIn(adminsDesk, "ada.admin");
            assertThat(admin).hasURL(RunningPlatform.get().pageUrl() + "/operations");
            assertThat(admin.locator("#dead-letters")).isVisible();
            admin.check("#view-escalations");
            admin.click("#start-rebuild");
            assertThat(admin.locator(".govuk-notification-banner--success")).containsText("Rebuild started: escalations");
            assertThat(admin.locator("#rebuild-list tbody tr").first()).containsText("escalations");
            assertThat(admin.locator("main")).not().containsText(family);
            checkPage(admin, "operations");
        }
    }

    /** Now in London to the second, as the as-at page takes it (a datetime-local value). */
    static String londonNow() {
        return LocalDateTime.now(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static void command(String contactId, String step, String body, String system) throws Exception {
        var response = RunningPlatform.call(Service.TRIAGE, "POST", "/api/triages/" + contactId + "/" + step, body, system);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(step + " refused: " + response.statusCode() + " " + response.body());
        }
    }
}
