package io.frontdoor.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.signin.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueTabTest {

    static final Person PAT = new Person("pat.practitioner", "Pat", List.of("PRACTITIONER"));
    static final Person MAX = new Person("max.manager", "Max", List.of("MANAGER"));

    static Map<String, Object> entry(String status, String allocatedTo, boolean overdue, String checkDue) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("status", status);
        entry.put("allocatedTo", allocatedTo);
        entry.put("overdue", overdue);
        entry.put("partnerCheckDueAt", checkDue);
        return entry;
    }

    @Test
    void eachTabShowsItsContacts() {
        var unallocated = entry("IN_TRIAGE", null, false, null);
        var mine = entry("IN_TRIAGE", "pat.practitioner", true, "2026-12-01T10:00:00Z");
        var waiting = entry("AWAITING_AUTHORISATION", "pat.practitioner", false, null);

        assertThat(QueueTab.UNALLOCATED.shows(unallocated, PAT)).isTrue();
        assertThat(QueueTab.UNALLOCATED.shows(mine, PAT)).isFalse();
        assertThat(QueueTab.MINE.shows(mine, PAT)).isTrue();
        assertThat(QueueTab.MINE.shows(mine, MAX)).isFalse();
        assertThat(QueueTab.OVERDUE.shows(mine, PAT)).isTrue();
        assertThat(QueueTab.CHECKS.shows(mine, PAT)).isTrue();
        assertThat(QueueTab.CHECKS.shows(unallocated, PAT)).isFalse();
        assertThat(QueueTab.AUTHORISATION.shows(waiting, MAX)).isTrue();
        assertThat(QueueTab.AUTHORISATION.shows(unallocated, MAX)).isFalse();
    }

    @Test
    void onlyManagersAreOfferedTheAuthorisationTab() {
        assertThat(QueueTab.AUTHORISATION.offeredTo(PAT)).isFalse();
        assertThat(QueueTab.AUTHORISATION.offeredTo(MAX)).isTrue();
        assertThat(QueueTab.of("authorisation", PAT)).isEqualTo(QueueTab.UNALLOCATED);
        assertThat(QueueTab.of("authorisation", MAX)).isEqualTo(QueueTab.AUTHORISATION);
        assertThat(QueueTab.of("nonsense", MAX)).isEqualTo(QueueTab.UNALLOCATED);
    }

    @Test
    void aRowSaysTheTimeLeftInWordsAndNamesTheChildren() {
        Map<String, Object> entry = entry("IN_TRIAGE", null, true, "2026-01-01T10:00:00Z");
        entry.put("contactId", "c-1");
        entry.put("rag", "RED");
        entry.put("timeLeftSeconds", -7800);
        entry.put("children", List.of(Map.of("name", "Imaginary Baby", "age", "3 months"), Map.of("name", "Testchild Example", "age", "4 years")));
        entry.put("referrerAgency", "POLICE");

        QueueRow row = QueueRow.of(entry, java.time.Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(row.timeLeft()).isEqualTo("overdue by 2 h 10 min");
        assertThat(row.childrenNames()).isEqualTo("Imaginary Baby, Testchild Example");
        assertThat(row.ragClass()).isEqualTo("govuk-tag--red");
        assertThat(row.referrer()).isEqualTo("Police");
        assertThat(row.partnerCheckOverdue()).isTrue();
        assertThat(row.status()).isEqualTo("In triage");
    }
}
