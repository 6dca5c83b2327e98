package io.frontdoor.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.frontdoor.deploy.WebJourneyTest.checkPage;
import static io.frontdoor.deploy.WebJourneyTest.postRedContact;
import static io.frontdoor.deploy.WebJourneyTest.shortId;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * More of the working day in a real browser, on the same running stack as {@link WebJourneyTest}: the weekly
 * domestic-abuse triage meeting, a professional disagreement up its ladder, and closing contacts that cannot or need
 * not be fed back. Every page visited is checked with axe-core (WCAG 2.2 AA: no violation) and photographed.
 */
class WebMeetingsAndClosureJourneyTest {

    static final LocatorAssertions.HasCountOptions A_MINUTE = new LocatorAssertions.HasCountOptions().setTimeout(60_000);

    @Test
    void theChairOpensTheWeeksDaTriageMeetingRecordsAnItemRollsTheRestOverAndClosesIt() throws Exception {
        String decidedFamily = "Journeyda" + shortId();
        String waitingFamily = "Journeyroll" + shortId();
        String decided = postDaNotification(decidedFamily);
        String waiting = postDaNotification(waitingFamily);
        routeToTheWeeklyMeeting(decided);
        routeToTheWeeklyMeeting(waiting);

        try (BrowserContext desk = Browsers.desk()) {
            Page chair = Browsers.signIn(desk, "max.manager");
            chair.navigate(RunningPlatform.get().pageUrl() + "/da-triage?pack=north-lincolnshire");
            for (int tries = 0; tries < 60 && chair.locator("tr", new Page.LocatorOptions().setHasText(waitingFamily)).count() == 0; tries++) {
                chair.waitForTimeout(1000); // each item joins the agenda as triage routes its contact
                chair.reload();
            }
            String meetingUrl = chair.url();
            assertThat(chair.locator("h1")).containsText("Weekly domestic abuse triage");
            Locator decidedRow = chair.locator("tr", new Page.LocatorOptions().setHasText(decidedFamily));
            assertThat(decidedRow).containsText("MEDIUM");
            assertThat(chair.locator("#meeting-status")).hasText("SCHEDULED");
            checkPage(chair, "da-triage-agenda");

            chair.click("#open-meeting");
            assertThat(chair.locator(".govuk-notification-banner--success")).containsText("Meeting opened");
            assertThat(chair.locator("#meeting-status")).hasText("OPEN");
            decidedRow.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Record the outcome")).click();
            assertThat(chair.locator(".govuk-error-summary")).containsText("Select at least one route for this item");
            checkPage(chair, "da-triage-errors");

            decidedRow = chair.locator("tr", new Page.LocatorOptions().setHasText(decidedFamily));
            decidedRow.locator("input[name=routes][value=EARLY_HELP]").check();
            decidedRow.locator("textarea[name=rationale]").fill("Synthetic: the family agree to early help; no further police call-outs.");
            decidedRow.locator("input[name=agencies]").fill("POLICE, HEALTH");
            decidedRow.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Record the outcome")).click();
            assertThat(chair.locator(".govuk-notification-banner--success")).containsText("Outcome recorded");
            assertThat(chair.locator("tr", new Page.LocatorOptions().setHasText(decidedFamily))).containsText("Decided: EARLY_HELP");
            checkPage(chair, "da-triage-open");

            chair.click("#close-meeting");
            assertThat(chair.locator(".govuk-notification-banner--success")).containsText("Meeting closed");
            assertThat(chair.locator("#meeting-status")).hasText("CLOSED");
            assertThat(chair.locator("tr", new Page.LocatorOptions().setHasText(waitingFamily))).containsText("Rolled over");
            checkPage(chair, "da-triage-closed");

            chair.click("#following-meeting");
            assertThat(chair.url()).as("the following week's meeting").isNotEqualTo(meetingUrl);
            Locator rolledOver = chair.locator("tr", new Page.LocatorOptions().setHasText(waitingFamily));
            for (int tries = 0; tries < 60 && rolledOver.count() == 0; tries++) {
                chair.waitForTimeout(1000); // the item joins the next agenda as triage rolls it over
                chair.reload();
            }
            assertThat(rolledOver).containsText("Rolled over from the last meeting");
            assertThat(chair.locator("tr", new Page.LocatorOptions().setHasText(decidedFamily))).hasCount(0);
            checkPage(chair, "da-triage-next-week");
        }
    }

    @Test
    void aPractitionerRaisesADisagreementAndAManagerRecordsTheStageOnTheLadder() throws Exception {
        String family = "Journeydis" + shortId();
        String contactId = postRedContact(family);
        decideAsRecommended(contactId, "STRATEGY_DISCUSSION");

        try (BrowserContext patsDesk = Browsers.desk()) {
            Page pat = Browsers.signIn(patsDesk, "pat.practitioner");
            pat.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId);
            pat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise the disagreement")).click();
            assertThat(pat.locator(".govuk-error-summary")).containsText("Enter what you disagree with and why");
            checkPage(pat, "disagreement-errors");
            pat.fill("#disagreement-reason", "Synthetic: the police say the father lives at the address; the decision did not weigh it.");
            pat.check("#disagreement-high");
            pat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise the disagreement")).click();
            assertThat(pat.locator(".govuk-notification-banner--success")).containsText("Disagreement raised");
        }

        try (BrowserContext maxsDesk = Browsers.desk()) {
            Page max = Browsers.signIn(maxsDesk, "max.manager");
            max.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId + "#disagreements");
            Locator ladder = max.locator("table:has(caption:text('Escalation ladder'))");
            for (int tries = 0; tries < 60 && ladder.count() == 0; tries++) {
                max.waitForTimeout(1000); // the ladder is the projection's, a moment behind triage
                max.reload();
            }
            assertThat(ladder).hasCount(1);
            Locator firstStage = ladder.locator("tbody tr").first();
            assertThat(firstStage).containsText("1");
            assertThat(firstStage.locator("td").nth(1)).not().isEmpty();
            assertThat(firstStage.locator("td").nth(2)).not().isEmpty();
            assertThat(firstStage).containsText("Open");
            assertThat(max.locator("main")).containsText("High concern");
            checkPage(max, "disagreement-ladder");

            max.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the stage outcome")).click();
            assertThat(max.locator(".govuk-error-summary")).containsText("Select the outcome of this stage");
            max.locator("select[name=outcome]").selectOption("AGREEMENT_REACHED");
            max.locator("input[name=note]").fill("Synthetic: talked it through with the police; the decision stands with a note.");
            max.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the stage outcome")).click();
            assertThat(max.locator(".govuk-notification-banner--success")).containsText("Stage outcome recorded");
            Locator recorded = max.locator("table:has(caption:text('Escalation ladder')) tbody tr", new Page.LocatorOptions()
                    .setHasText("AGREEMENT_REACHED"));
            for (int tries = 0; tries < 60 && recorded.count() == 0; tries++) {
                max.waitForTimeout(1000);
                max.reload();
            }
            assertThat(recorded).containsText("talked it through");
            checkPage(max, "disagreement-stage-recorded");
        }
    }

    @Test
    void aDecidedContactWhoseReferrerWasToldAnotherWayIsClosedAndLeavesTheQueue() throws Exception {
        String family = "Journeyclose" + shortId();
        String contactId = postRedContact(family);
        decideAsRecommended(contactId, "STRATEGY_DISCUSSION");

        try (BrowserContext desk = Browsers.desk()) {
            Page pat = Browsers.signIn(desk, "pat.practitioner");
            Page queue = desk.newPage();
            queue.navigate(RunningPlatform.get().pageUrl() + "/?tab=all");
            assertThat(queue.locator("tr[data-contact-id='" + contactId + "']")).hasCount(1, A_MINUTE);

            pat.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + contactId);
            assertThat(pat.locator("#close")).hasText("Close the contact");
            assertThat(pat.locator("input[name=reason]")).hasCount(4);
            pat.click("#close-contact");
            assertThat(pat.locator(".govuk-error-summary")).containsText("Select why the contact is being closed");
            checkPage(pat, "closure-errors");
            pat.locator(".govuk-error-summary a[href='#closure-reason']").click();
            assertThat(pat.locator("#closure-reason")).isFocused();

            pat.check("#closure-reason-REFERRER_TOLD_ANOTHER_WAY");
            pat.fill("#closure-note", "Synthetic: the police officer heard the outcome at the strategy discussion.");
            pat.click("#close-contact");
            assertThat(pat.locator(".govuk-notification-banner--success")).containsText("Contact closed");
            assertThat(pat.locator("#closed-reason")).containsText("the referrer has been told another way");
            assertThat(pat.locator("#closed-by")).containsText("Closed by pat.practitioner");
            assertThat(pat.locator("#close-contact")).hasCount(0);
            assertThat(pat.locator("#send-feedback")).hasCount(0);
            checkPage(pat, "contact-closed");

            assertThat(queue.locator("tr[data-contact-id='" + contactId + "']")).hasCount(0, A_MINUTE);
            Locator timeline = pat.locator("main");
            for (int tries = 0; tries < 60 && !timeline.textContent().contains("referrer was told another way"); tries++) {
                pat.waitForTimeout(1000); // the timeline is the projection's, a moment behind triage
                pat.reload();
            }
            assertThat(timeline).containsText("Closed: the decision is final and the referrer was told another way");
        }
    }

    @Test
    void aContactNotYetDecidedIsClosedOnlyAsADuplicateOfAnother() throws Exception {
        String family = "Journeydup" + shortId();
        String original = postRedContact(family);
        String duplicate = postRedContact(family);
        ContactToQueueTest.awaitInQueue(duplicate, "IN_TRIAGE", Duration.ofSeconds(90));

        try (BrowserContext desk = Browsers.desk()) {
            Page pat = Browsers.signIn(desk, "pat.practitioner");
            pat.navigate(RunningPlatform.get().pageUrl() + "/contacts/" + duplicate);
            assertThat(pat.locator("input[name=reason]")).hasCount(1);
            assertThat(pat.locator("#closure-reason-hint")).containsText("only be closed as a duplicate");
            pat.check("#closure-reason");
            pat.click("#close-contact");
            assertThat(pat.locator(".govuk-error-summary")).containsText("Enter the reference of the contact this one duplicates");
            checkPage(pat, "closure-duplicate-errors");

            pat.fill("#closure-duplicate-of", UUID.randomUUID().toString());
            pat.click("#close-contact");
            assertThat(pat.locator(".govuk-error-summary")).containsText("Names no contact the front door has triaged");

            pat.check("#closure-reason");
            pat.fill("#closure-duplicate-of", original);
            pat.click("#close-contact");
            assertThat(pat.locator("#closed-reason")).containsText("a duplicate of contact " + original);
            checkPage(pat, "contact-closed-duplicate");
            pat.click("text=Open the contact it duplicates");
            assertThat(pat.locator("#closed")).hasCount(0);
            assertThat(pat.locator("#close")).isVisible();
        }
    }

    /** A police notification of medium-risk domestic abuse with the children in the household (North Lincolnshire: IMAP). */
    static String postDaNotification(String family) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"packId": "north-lincolnshire", "externalReference": "WEB-DA-%s", "channel": "PARTNER_API", "receivedAt": "%s",
                 "referrer": {"agencyType": "POLICE", "agencyName": "Demoshire Police", "name": "PC Example"},
                 "children": [{"givenName": "Imaginary", "familyName": "%s", "dateOfBirth": "2019-04-04",
                               "address": {"line1": "5 Fiction Lane", "postcode": "DN15 6NL"}}],
                 "concerns": {"indicatorIds": [], "narrative": "Synthetic: verbal argument, neighbours called the police."},
                 "domesticAbuse": {"dashRisk": "MEDIUM", "childrenInHousehold": true, "childrenPresent": false, "incidentAt": "%s"},
                 "consent": {"status": "NOT_SOUGHT", "reasonNotSought": "police notification"}}
                """.formatted(UUID.randomUUID(), now.minus(5, ChronoUnit.MINUTES), family, now.minus(10, ChronoUnit.HOURS));
        var response = RunningPlatform.postContact(body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("contact refused: " + response.statusCode() + " " + response.body());
        }
        String contactId = RunningPlatform.JSON.readTree(response.body()).get("contactId").asString();
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        return contactId;
    }

    /** The worker's decision, over the API as set-up: the recommended level, routed to the weekly meeting. */
    static void routeToTheWeeklyMeeting(String contactId) throws Exception {
        decideAsRecommended(contactId, "DOMESTIC_ABUSE_TRIAGE");
    }

    /** Allocated to and decided by the demo practitioner at the recommended level, on {@code route}: final at once. */
    static void decideAsRecommended(String contactId, String route) throws Exception {
        ContactToQueueTest.awaitInQueue(contactId, "IN_TRIAGE", Duration.ofSeconds(90));
        JsonNode state = triageState(contactId);
        int rank = state.get("recommendation").get("level").get("rank").asInt();
        assertThat(state.get("recommendation").get("routes").toString()).as("the pack's advice for this contact").contains(route);
        expectOk(RunningPlatform.call(Service.TRIAGE, "POST", "/api/triages/" + contactId + "/allocation",
                "{\"worker\": \"" + RunningPlatform.PRACTITIONER + "\"}", RunningPlatform.PRACTITIONER));
        expectOk(RunningPlatform.call(Service.TRIAGE, "POST", "/api/triages/" + contactId + "/decision",
                "{\"levelRank\": " + rank + ", \"routes\": [\"" + route + "\"], \"rationale\": \"Synthetic: as recommended.\"}",
                RunningPlatform.PRACTITIONER));
        assertThat(triageState(contactId).get("status").asString()).as("decided as recommended: final at once").isEqualTo("DECIDED");
    }

    static JsonNode triageState(String contactId) throws Exception {
        var answer = RunningPlatform.call(Service.TRIAGE, "GET", "/api/triages/" + contactId + "/state", null, RunningPlatform.PRACTITIONER);
        expectOk(answer);
        return RunningPlatform.JSON.readTree(answer.body());
    }

    private static void expectOk(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
    }
}
