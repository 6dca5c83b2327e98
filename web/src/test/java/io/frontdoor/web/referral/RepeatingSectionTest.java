package io.frontdoor.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.referral.ReferralForm.AdultAnswers;
import org.junit.jupiter.api.Test;

/** The children and adults lists' pages share one shape: which entries can be opened, and what a new one starts as. */
class RepeatingSectionTest {

    static final AdultAnswers PAT = new AdultAnswers("Pretend", "Parent", null, null, null, "MOTHER");

    @Test
    void anEntryOrTheNextNewOneCanBeOpenedAndNothingBeyond() {
        ReferralForm oneAdult = ReferralForm.empty().withAdult(0, PAT);
        assertThat(RepeatingSection.ADULTS.reachable(oneAdult, 0)).isTrue();
        assertThat(RepeatingSection.ADULTS.reachable(oneAdult, 1)).isTrue();
        assertThat(RepeatingSection.ADULTS.reachable(oneAdult, 2)).isFalse();
        assertThat(RepeatingSection.ADULTS.reachable(oneAdult, -1)).isFalse();
        assertThat(RepeatingSection.CHILDREN.reachable(oneAdult, 1)).isFalse();
    }

    @Test
    void aSavedEntryOpensAsSavedAndTheNextOneBlank() {
        ReferralForm form = RepeatingSection.ADULTS.with().apply(ReferralForm.empty(), 0, PAT);
        assertThat(RepeatingSection.ADULTS.entry(form, 0)).isEqualTo(PAT);
        assertThat(RepeatingSection.ADULTS.entry(form, 1)).isEqualTo(RepeatingSection.ADULTS.blank());
        assertThat(RepeatingSection.ADULTS.without().apply(form, 0).adults()).isEmpty();
        assertThat(RepeatingSection.CHILDREN.entry(form, 0).givenName()).isNull();
    }

    @Test
    void eachListIsNamedAsInItsUrls() {
        assertThat(RepeatingSection.named("children")).isSameAs(RepeatingSection.CHILDREN);
        assertThat(RepeatingSection.named("adults")).isSameAs(RepeatingSection.ADULTS);
    }
}
