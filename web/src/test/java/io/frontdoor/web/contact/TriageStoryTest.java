package io.frontdoor.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.signin.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageStoryTest {

    /** Triage's typed state, as {@code GET /api/triages/{id}/state} answers it. */
    static TriageStory story() {
        return new TriageStory(Map.of("contactId", "c-1", "packId", "nottingham-city", "version", 6, "rag", "RED",
                "status", "AWAITING_AUTHORISATION", "allocatedTo", "pat.practitioner",
                "recommendation", Map.of("level", Map.of("rank", 4, "localName", "Protection & Specialist"), "routes", List.of("STRATEGY_DISCUSSION")),
                "checks", List.of(Map.of("checkId", "k1", "agency", "HEALTH", "question", "known?", "dueAt", "2026-12-01T13:10:00Z",
                        "requestedBy", "pat.practitioner", "response", "yes", "recordedBy", "pat.practitioner")),
                "decisions", List.of(Map.of("decisionId", "d1", "at", "2026-12-01T10:30:00Z",
                        "level", Map.of("rank", 3, "localName", "Targeted"), "routes", List.of("EARLY_HELP"), "rationale", "why",
                        "decidedBy", "pat.practitioner", "overrideDirection", "DOWN", "authorisationRequired", true,
                        "acceptedForSocialCare", false, "authorisation", "AWAITING")),
                "childLinks", List.of(Map.of("childIndex", 0, "childId", "child-9", "previousContactsIn12Months", 2,
                        "previouslySubjectToPlanOrReferral", false))));
    }

    static TriageStory closedAsDuplicate() {
        return new TriageStory(Map.of("contactId", "c-2", "packId", "luton", "version", 3, "status", "CLOSED",
                "closure", Map.of("at", "2026-12-01T11:00:00Z", "outcome", "DUPLICATE", "closedBy", "pat.practitioner",
                        "duplicateOf", "c-1")));
    }

    @Test
    void theStateTellsWhoHasItTheChecksAndTheDecisionWaiting() {
        TriageStory story = story();
        assertThat(story.allocatedTo()).isEqualTo("pat.practitioner");
        assertThat(story.recommendedRank()).isEqualTo(4);
        assertThat(story.version()).isEqualTo(6);
        assertThat(story.checks()).singleElement().satisfies(check -> {
            assertThat(check.response()).isEqualTo("yes");
            assertThat(check.overdue(Instant.parse("2026-12-02T00:00:00Z"))).isFalse();
        });
        assertThat(story.standingDecision().awaitingAuthorisation()).isTrue();
        assertThat(story.standingDecision().levelName()).isEqualTo("Targeted");
        assertThat(story.awaitingDecision()).isFalse();
        assertThat(story.decisionFinal()).as("awaiting authorisation is not final").isFalse();
        assertThat(story.linkOf(0).previousContacts()).isEqualTo(2);
        assertThat(story.linkOf(0).confirmed()).isNull();
        assertThat(story.closed()).isFalse();
    }

    @Test
    void aClosedTriageSaysWhoClosedItAndWhy() {
        TriageStory story = closedAsDuplicate();
        assertThat(story.closed()).isTrue();
        assertThat(story.closure().outcome()).isEqualTo("DUPLICATE");
        assertThat(story.closure().duplicateOf()).isEqualTo("c-1");
        assertThat(story.closure().byAWorker()).isTrue();
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
