package io.frontdoor.triage.threshold.engine;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.triage.threshold.pack.ChildAge;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vignette defaults of the pack format, and its strictness about misspelt keys. */
class VignetteDefaultsTest {

    private static Vignette vignette(String submission, String expect) {
        return new Vignette("engine-test", 0, "test", "a quote", Vignette.YAML.readTree(submission), Vignette.YAML.readTree(expect));
    }

    @Test
    void fillsInWhatTheSubmissionLeavesOut() {
        ContactSubmission contact = vignette("concerns: {indicatorIds: [a]}", "{level: 1, rag: GREEN, routes: []}").contact();

        assertThat(contact.children()).singleElement().satisfies(child -> assertThat(child.dateOfBirth()).isEqualTo(LocalDate.parse("2019-06-01")));
        assertThat(ChildAge.of(contact.children().get(0).dateOfBirth(), LocalDate.parse("2026-11-18")).orElseThrow().years()).isEqualTo(7);
        assertThat(contact.referrer().agencyType()).isEqualTo(AgencyType.POLICE);
        assertThat(contact.consent().status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(contact.receivedAt()).isEqualTo(Instant.parse("2026-11-18T10:15:00Z"));
        assertThat(contact.indicatorIds()).containsExactly("a");
    }

    @Test
    void keepsWhatTheSubmissionGives() {
        ContactSubmission contact = vignette("""
                referrer: {agencyType: EDUCATION}
                consent: {status: REFUSED}
                children: [{givenName: A, expectedDateOfBirth: "2027-01-01"}]
                receivedAt: "2026-11-21T02:00:00Z"
                """, "{level: 1, rag: GREEN, routes: []}").contact();

        assertThat(contact.referrer().agencyType()).isEqualTo(AgencyType.EDUCATION);
        assertThat(contact.consent().status()).isEqualTo(ConsentStatus.REFUSED);
        assertThat(contact.children()).singleElement().satisfies(child -> assertThat(child.unborn()).isTrue());
        assertThat(contact.receivedAt()).isEqualTo(Instant.parse("2026-11-21T02:00:00Z"));
    }

    @Test
    void aMisspeltKeyIsAnError() {
        assertThatThrownBy(() -> vignette("concern: {indicatorIds: [a]}", "{level: 1}").contact()).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> vignette("{}", "{level: 1, route: [LADO]}").expect()).isInstanceOf(JacksonException.class);
    }
}
