package io.frontdoor.web.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.signin.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralUpdateTest {

    final ReferralUpdate update = new ReferralUpdate(null, Clock.fixed(Instant.parse("2026-12-07T10:30:00Z"), ZoneOffset.UTC));
    final Person officer = new Person("pc.police", "PC Demo Officer", List.of("PARTNER_REFERRER"), "POLICE", "Demoshire Police");

    @Test
    void theInformationFollowsWhatWasSaidBeforeSignedAndDatedAndNothingElseChanges() {
        Map<String, Object> submission = Map.of("externalReference", "POL-1", "packId", "luton",
                "concerns", Map.of("indicatorIds", List.of("luton.x"), "narrative", "first account"));

        Map<String, Object> updated = update.withInformation(submission, "the mother has moved out", officer);

        assertThat(updated).containsEntry("externalReference", "POL-1").containsEntry("packId", "luton");
        @SuppressWarnings("unchecked")
        Map<String, Object> concerns = (Map<String, Object>) updated.get("concerns");
        assertThat(concerns.get("narrative")).isEqualTo(
                "first account\n\nAdded by PC Demo Officer on 7 Dec 2026, 10:30: the mother has moved out");
        assertThat(concerns.get("indicatorIds")).isEqualTo(List.of("luton.x"));
        assertThat(submission.get("concerns")).as("the referral read from intake is not changed").isEqualTo(
                Map.of("indicatorIds", List.of("luton.x"), "narrative", "first account"));
    }

    @Test
    void aReferralWithoutANarrativeGetsOne() {
        Map<String, Object> updated = update.withInformation(Map.of("packId", "luton"), "new detail", officer);
        assertThat(((Map<?, ?>) updated.get("concerns")).get("narrative"))
                .isEqualTo("Added by PC Demo Officer on 7 Dec 2026, 10:30: new detail");
    }
}
