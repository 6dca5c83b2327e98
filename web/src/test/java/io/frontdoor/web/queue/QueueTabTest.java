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

    /** Which contacts a tab holds is the projection's (tested there); the page reads each tab's count from its answer. */
    @Test
    void eachTabTakesItsCountFromTheProjectionsAnswer() {
        Map<String, Object> counts = Map.of("unallocated", 3, "mine", 1, "authorisation", 2, "checks", 0, "overdue", 1, "all", 6);

        assertThat(QueueTab.MINE.countIn(counts)).isEqualTo(1);
        assertThat(QueueTab.ALL.countIn(counts)).isEqualTo(6);
        assertThat(QueueTab.CHECKS.countIn(Map.of())).as("a count the answer lacks").isZero();
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
