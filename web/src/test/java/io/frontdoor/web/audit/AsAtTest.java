package io.frontdoor.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.web.contact.TriageStory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsAtTest {

    static final Instant TUESDAY_2PM = Instant.parse("2026-12-01T14:00:00Z");

    @Test
    void theReferralAsAtAMomentHasOnlyTheUpdatesRecordedByThen() {
        Map<String, Object> record = Map.of("recordedAt", "2026-12-01T09:00:00Z", "submission", Map.of("v", "first"),
                "updates", List.of(Map.of("number", 1, "recordedAt", "2026-12-01T13:00:00Z", "submission", Map.of("v", "second")),
                        Map.of("number", 2, "recordedAt", "2026-12-01T15:00:00Z", "submission", Map.of("v", "third"))),
                "current", Map.of("v", "third"));

        Map<String, Object> then = AsAt.referral(record, TUESDAY_2PM);

        assertThat((List<?>) then.get("updates")).hasSize(1);
        assertThat(then.get("current")).isEqualTo(Map.of("v", "second"));
        assertThat(AsAt.referral(record, Instant.parse("2026-12-01T08:59:59Z"))).as("not yet received").isNull();
        assertThat(AsAt.referral(Map.of("recordedAt", "2026-12-01T09:00:00Z", "submission", Map.of("v", "first")), TUESDAY_2PM)
                .get("current")).isEqualTo(Map.of("v", "first"));
    }

    @Test
    void theRecommendationAsAtAMomentIsTheLatestRaisedByThenElseTheOpenings() {
        Map<String, Object> raisedAt1 = Map.of("type", "UpdateEvaluated", "at", "2026-12-01T13:00:00Z",
                "event", Map.of("raised", List.of("level"), "recommendation", Map.of("summary", "raised at 13:00")));
        Map<String, Object> raisedAt3 = Map.of("type", "UpdateEvaluated", "at", "2026-12-01T15:00:00Z",
                "event", Map.of("raised", List.of("rag"), "recommendation", Map.of("summary", "raised at 15:00")));
        Map<String, Object> opened = Map.of("type", "TriageOpened", "at", "2026-12-01T09:00:00Z");

        assertThat(AsAt.recommendation(Map.of("recommendation", Map.of("summary", "latest"), "events", List.of(opened, raisedAt1, raisedAt3)),
                TUESDAY_2PM)).isEqualTo(Map.of("summary", "raised at 13:00"));
        assertThat(AsAt.recommendation(Map.of("recommendation", Map.of("summary", "opening"), "events", List.of(opened)), TUESDAY_2PM))
                .isEqualTo(Map.of("summary", "opening"));
        assertThat(AsAt.recommendation(Map.of("recommendation", Map.of("summary", "raised at 15:00"), "events", List.of(opened, raisedAt3)),
                TUESDAY_2PM)).as("the opening's was replaced later: not known from triage's answer").isNull();
    }

    @Test
    void theDecisionAsAtAMomentIsOneMadeByThenAwaitingItsManagerIfTheAnswerCameLater() {
        Map<String, Object> state = Map.of("status", "CLOSED",
                "decisions", List.of(Map.of("decisionId", "d1", "at", "2026-12-01T13:00:00Z", "level", Map.of("rank", 2),
                        "authorisationRequired", true, "authorisation", "AUTHORISED", "answeredBy", "demo-manager",
                        "answeredAt", "2026-12-01T15:00:00Z")),
                "feedback", List.of(Map.of("at", "2026-12-01T16:00:00Z", "kind", "OUTCOME")),
                "closure", Map.of("at", "2026-12-01T17:00:00Z", "outcome", "NFA"));

        var atTwo = new TriageStory(AsAt.stateBy(state, TUESDAY_2PM));
        var atFour = new TriageStory(AsAt.stateBy(state, Instant.parse("2026-12-01T16:00:00Z")));
        var atNoon = new TriageStory(AsAt.stateBy(state, Instant.parse("2026-12-01T12:00:00Z")));

        assertThat(atTwo.standingDecision().awaitingAuthorisation()).isTrue();
        assertThat(atTwo.feedback()).isEmpty();
        assertThat(atTwo.closure()).isNull();
        assertThat(atFour.standingDecision().answer()).isEqualTo("AUTHORISED");
        assertThat(atFour.feedback()).hasSize(1);
        assertThat(atNoon.standingDecision()).isNull();
    }
}
