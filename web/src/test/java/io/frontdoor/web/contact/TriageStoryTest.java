package io.frontdoor.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.signin.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageStoryTest {

    static Map<String, Object> event(String type, String at, Map<String, Object> payload) {
        return Map.of("type", type, "at", at, "event", payload);
    }

    static TriageStory story() {
        return new TriageStory(Map.of("contactId", "c-1", "packId", "nottingham-city", "version", 6, "rag", "RED",
                "recommendation", Map.of("level", Map.of("rank", 4, "localName", "Protection & Specialist"), "routes", List.of("STRATEGY_DISCUSSION")),
                "events", List.of(
                        Map.of("type", "TriageOpened", "at", "2026-12-01T09:00:00Z"),
                        event("TriageAllocated", "2026-12-01T09:05:00Z", Map.of("worker", "pat.practitioner")),
                        event("PartnerCheckRequested", "2026-12-01T09:10:00Z", Map.of("checkId", "k1", "agency", "HEALTH",
                                "question", "known?", "dueAt", "2026-12-01T13:10:00Z", "requestedBy", "pat.practitioner")),
                        event("PartnerCheckResponded", "2026-12-01T10:00:00Z", Map.of("checkId", "k1", "response", "yes")),
                        event("DecisionRecorded", "2026-12-01T10:30:00Z", Map.of("decisionId", "d1",
                                "level", Map.of("rank", 3, "localName", "Targeted"), "routes", List.of("EARLY_HELP"), "rationale", "why",
                                "decidedBy", "pat.practitioner", "overrideDirection", "DOWN", "authorisationRequired", true,
                                "acceptedForSocialCare", false)))));
    }

    @Test
    void theEventsTellWhoHasItTheChecksAndTheDecisionWaiting() {
        TriageStory story = story();
        assertThat(story.allocatedTo()).isEqualTo("pat.practitioner");
        assertThat(story.recommendedRank()).isEqualTo(4);
        assertThat(story.version()).isEqualTo(6);
        assertThat(story.checks()).singleElement().satisfies(check -> {
            assertThat(check.response()).isEqualTo("yes");
            assertThat(check.overdue(Instant.parse("2026-12-02T00:00:00Z"))).isFalse();
        });
        assertThat(story.standingDecision().awaitingAuthorisation()).isTrue();
        assertThat(story.awaitingDecision()).isFalse();
    }

    @Test
    void aManagerMayAuthoriseSomeoneElsesDecisionButNotTheirOwnAndAPractitionerNever() {
        TriageStory story = story();
        assertThat(ContactPage.mayAuthorise(story, new Person("max.manager", "Max", List.of("MANAGER")))).isTrue();
        assertThat(ContactPage.mayAuthorise(story, new Person("pat.practitioner", "Pat", List.of("PRACTITIONER")))).isFalse();
        assertThat(ContactPage.mayAuthorise(story, new Person("pat.practitioner", "Pat", List.of("MANAGER")))).isFalse();
    }
}
