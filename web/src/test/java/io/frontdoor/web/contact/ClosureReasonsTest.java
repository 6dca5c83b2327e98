package io.frontdoor.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClosureReasonsTest {

    final ClosureReasons words = new ClosureReasons();

    @Test
    void untilTheDecisionIsFinalOnlyADuplicateIsOffered() {
        assertThat(words.offered(false)).extracting(ClosureReasons.Reason::code).containsExactly("DUPLICATE");
        assertThat(words.offered(true)).extracting(ClosureReasons.Reason::code)
                .containsExactly("DUPLICATE", "ANONYMOUS_REFERRER", "REFERRER_TOLD_ANOTHER_WAY", "NO_FURTHER_WORK");
    }

    @Test
    void theFormNeedsAReasonOfferedNowAndADuplicateNamesTheOtherContact() {
        assertThat(ClosureReasons.check("", "", true).all()).extracting(error -> error.field()).containsExactly("closure-reason");
        assertThat(ClosureReasons.check("ANONYMOUS_REFERRER", "", false).of("closure-reason")).contains("only as a duplicate");
        assertThat(ClosureReasons.check("DUPLICATE", " ", false).of("closure-duplicate-of"))
                .isEqualTo("Enter the reference of the contact this one duplicates");
        assertThat(ClosureReasons.check("DUPLICATE", "c-0", false).any()).isFalse();
        assertThat(ClosureReasons.check("NO_FURTHER_WORK", "", true).any()).isFalse();
    }

    @Test
    void aClosureSaysWhyInWords() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(words.describe(new TriageStory.Closure(at, "DUPLICATE", "pat", "c-0", null))).isEqualTo("A duplicate of contact c-0");
        assertThat(words.describe(new TriageStory.Closure(at, "REFERRER_TOLD_ANOTHER_WAY", "pat", null, null)))
                .isEqualTo("The referrer has been told another way");
        assertThat(words.describe(new TriageStory.Closure(at, "DECIDED_AND_FED_BACK", null, null, null)))
                .startsWith("Decided, and the outcome was fed back");
    }
}
