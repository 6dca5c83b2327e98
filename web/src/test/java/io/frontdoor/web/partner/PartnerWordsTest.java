package io.frontdoor.web.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.pages.Times;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerWordsTest {

    final PartnerWords words = new PartnerWords(new Times());

    @Test
    void aPromiseIsDueKeptLateOrMissedInTheReferrersWords() {
        // Thursday 10 December 2026 17:00 in London is 17:00Z (GMT)
        assertThat(words.kept(promise("2026-12-10T17:00:00Z", null, null))).isEqualTo("Due by Thursday 10 December, 17:00");
        assertThat(words.kept(promise("2026-12-10T17:00:00Z", "2026-12-08T09:12:00Z", true))).isEqualTo("Kept: done Tuesday 8 December, 09:12");
        assertThat(words.kept(promise("2026-12-10T17:00:00Z", "2026-12-11T10:00:00Z", false)))
                .isEqualTo("Late: due Thursday 10 December, 17:00, done Friday 11 December, 10:00");
        assertThat(words.kept(promise("2026-12-10T17:00:00Z", null, false))).isEqualTo("Missed: was due Thursday 10 December, 17:00");
        assertThat(words.kept(promise("2026-06-11T16:00:00Z", null, null))).as("summer time").isEqualTo("Due by Thursday 11 June, 17:00");
        assertThat(words.keptTag(promise("2026-12-10T17:00:00Z", null, false))).isEqualTo("govuk-tag--red");
    }

    @Test
    void statusesAndPromisesAreWords() {
        assertThat(words.status("BEING_CONSIDERED")).isEqualTo("Being considered by the front door");
        assertThat(words.promise("OUTCOME_TO_REFERRER")).isEqualTo("The outcome");
        assertThat(List.of("RECEIVED", "DECIDED", "CLOSED")).allSatisfy(code -> assertThat(words.status(code)).isNotEqualTo(code));
    }

    static Map<String, Object> promise(String due, String done, Boolean kept) {
        Map<String, Object> promise = new HashMap<>();
        promise.put("dueAt", due);
        promise.put("doneAt", done);
        promise.put("kept", kept);
        return promise;
    }
}
