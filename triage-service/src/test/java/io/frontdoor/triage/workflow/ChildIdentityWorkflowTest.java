package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestActor;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Address;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.platform.messaging.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Every child is the right child: an NHS number that matches while the name or date of birth disagrees is a possible
 * match for a worker to confirm or undo, never a silent merge; what a worker confirms counts from then on.
 */
class ChildIdentityWorkflowTest {

    static final Instant RECEIVED = Instant.parse("2026-11-18T10:15:00Z");
    static final TestActor WORKER = TestActor.practitioner("worker.identity");
    /** Letters only (a name's key drops digits): this run's children match no earlier run's by name. */
    static final String RUN = ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    @Test
    void anNhsNumberMatchWithAnotherNameAndDateOfBirthIsOnlyAPossibleMatchUntilAWorkerUndoesIt() throws Exception {
        String nhs = nhsNumber();
        String first = contact(child("Testchild", "Alpha", "2018-01-01", nhs), 0);
        String childId = childOf(first, "LINKED");

        String other = contact(child("Otherchild", "Beta", "2019-02-02", nhs), 1);
        assertThat(childOf(other, "POSSIBLE")).as("linked only as a possible match").isEqualTo(childId);
        JsonNode link = linkPublished(other);
        assertThat(link.get("status").asString()).isEqualTo("POSSIBLE");
        assertThat(link.get("matchedBy").asString()).isEqualTo("NHS_NUMBER");
        assertThat(link.get("reason").asString()).contains("name", "date of birth").doesNotContain("Beta", "2019");
        assertThat(link.get("previousContactsIn12Months").asInt()).as("not part of the child's history").isZero();

        String same = contact(child("Testchild", "Alpha", "2018-01-01", nhs), 2);
        assertThat(childOf(same, "LINKED")).isEqualTo(childId);
        assertThat(linkPublished(same).get("previousContactsIn12Months").asInt())
                .as("the possible match is not counted in the child's history").isEqualTo(1);

        assertThat(review(other, false, TestActor.auditor("auditor.identity")).statusCode()).as("an auditor changes nothing").isEqualTo(403);
        TriageWorkflowTest.ok(review(other, false, WORKER));
        String own = childOf(other, "LINKED");
        assertThat(own).as("undone: the contact's child is a child of its own").isNotEqualTo(childId);
        assertThat(review(other, true, WORKER).statusCode()).as("a new child has no match to review").isEqualTo(409);

        String later = contact(child("Otherchild", "Beta", "2019-02-02", nhs), 3);
        assertThat(childOf(later, "LINKED")).as("the same NHS number, name and date of birth: the child of its own")
                .isEqualTo(own);
    }

    @Test
    void aConfirmedPossibleMatchAddsTheNameTheChildWasRecordedUnder() throws Exception {
        String nhs = nhsNumber();
        String first = contact(child("Testchild", "Gamma", "2017-03-03", nhs), 0);
        String childId = childOf(first, "LINKED");
        String renamed = contact(child("Testchild", "Renamed", "2017-03-03", nhs), 1);
        assertThat(childOf(renamed, "POSSIBLE")).isEqualTo(childId);
        assertThat(linkPublished(renamed).get("reason").asString()).contains("name").doesNotContain("date of birth");

        TriageWorkflowTest.ok(review(renamed, true, WORKER));
        assertThat(childOf(renamed, "CONFIRMED")).isEqualTo(childId);
        assertThat(review(renamed, false, WORKER).statusCode()).as("reviewed once").isEqualTo(409);

        String again = contact(child("Testchild", "Renamed", "2017-03-03", nhs), 2);
        assertThat(childOf(again, "LINKED")).as("both names are the child's now").isEqualTo(childId);
        assertThat(linkPublished(again).get("previousContactsIn12Months").asInt()).isEqualTo(2);
    }

    /**
     * The child index's history reaches the threshold engine: Luton, 004 line 1271 (Level 4): "Re-occurring / frequent
     * attendances by the police to the family home". The first police notification about the child is Level 3 and goes
     * to domestic-abuse triage; the second, for the same child, is Level 4 by that line, and says why.
     */
    @Test
    void aSecondPoliceNotificationAboutTheSameChildIsReOccurringPoliceAttendanceInLuton() throws Exception {
        Child child = child("Testchild", "Delta", "2016-04-04", nhsNumber());
        JsonNode first = daNotification(child, 0);
        JsonNode second = daNotification(child, 5);

        assertThat(first.get("level").get("rank").asInt()).isEqualTo(3);
        assertThat(first.get("routes").toString()).contains("DOMESTIC_ABUSE_TRIAGE");
        assertThat(second.get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(second.get("triggeredRules").toString()).contains("luton.history.repeat-police-domestic-abuse",
                "Re-occurring attendances by the police");
        assertThat(second.get("routes").toString()).doesNotContain("DOMESTIC_ABUSE_TRIAGE");
    }

    private static JsonNode daNotification(Child child, int hoursLater) throws Exception {
        Instant received = RECEIVED.plusSeconds(3600L * hoursLater);
        ContactSubmission c = Contacts.contact("luton", AgencyType.POLICE, List.of(), new ContactSubmission.DomesticAbuse(
                io.frontdoor.kernel.contact.DashRisk.MEDIUM, false, received.minusSeconds(3600), true), received, LocalDate.parse("2016-04-04"));
        String contactId = TriageService.publishContact(c.toBuilder().children(List.of(child)).build(), received);
        return triage.awaitTriage(contactId).get("recommendation");
    }

    private static String contact(Child child, int hoursLater) throws Exception {
        Instant received = RECEIVED.plusSeconds(3600L * hoursLater);
        ContactSubmission c = Contacts.contact("nottingham-city", AgencyType.EDUCATION, List.of(), null, received,
                LocalDate.parse("2018-01-01"));
        String contactId = TriageService.publishContact(c.toBuilder().children(List.of(child)).build(), received);
        triage.awaitTriage(contactId);
        return contactId;
    }

    private static Child child(String given, String family, String born, String nhs) {
        return new Child(given, family + RUN, LocalDate.parse(born), null, nhs, null, new Address("1 Example Row", null, null, "NG1 1AA"));
    }

    /** The child the contact's first child is linked to, with that link's status. */
    private static String childOf(String contactId, String status) {
        return triage.jdbc().queryForObject("""
                        SELECT child_id FROM child_contact WHERE contact_id = ? AND child_index_in_contact = 0 AND link_status = ?""",
                String.class, contactId, status);
    }

    private static JsonNode linkPublished(String contactId) throws Exception {
        EventEnvelope link = TriageWorkflowTest.awaitPublished(contactId, "ContactLinkedToChild", 1).stream()
                .filter(e -> e.eventType().equals("ContactLinkedToChild")).findFirst().orElseThrow();
        return link.payload();
    }

    private static java.net.http.HttpResponse<String> review(String contactId, boolean confirmed, TestActor as) {
        return triage.post("/api/triages/" + contactId + "/child-links/0/review", "{\"confirmed\": " + confirmed + "}", as);
    }

    /** A random NHS number with a valid check digit, so each run's children are its own. */
    static String nhsNumber() {
        while (true) {
            int[] digits = ThreadLocalRandom.current().ints(9, 0, 10).toArray();
            digits[0] = 9;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            StringBuilder number = new StringBuilder();
            for (int digit : digits) {
                number.append(digit);
            }
            return number.append(check == 11 ? 0 : check).toString();
        }
    }
}
