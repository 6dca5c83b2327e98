package io.frontdoor.triage.escalation;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.escalation.EscalationMessages.*;
import io.frontdoor.triage.escalation.Ladder.Rung;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationTest {

    static final Instant NOW = Instant.parse("2026-11-18T11:00:00Z");
    static final List<Rung> LADDER = List.of(
            new Rung(1, "Duty social care worker", Map.of("hours", 48), Map.of("hours", 24)),
            new Rung(2, "Duty manager", Map.of("hours", 48), Map.of("hours", 24)),
            new Rung(3, "Head of service", Map.of("hours", 48), Map.of("hours", 24)));

    /** Plain hours from the rung's limit; the pack calendar is tested on its own. */
    static final Ladder HOURS = new Ladder() {
        @Override
        public List<Rung> rungs(String packId) {
            return LADDER;
        }

        @Override
        public Instant stageDue(String packId, Rung rung, boolean highRisk, Instant from) {
            return from.plus(Duration.ofHours((highRisk ? rung.highRiskLimit() : rung.limit()).get("hours")));
        }

        @Override
        public Instant now() {
            return NOW;
        }
    };

    AggregateTestFixture<Escalation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Escalation.class);
        fixture.givenCurrentTime(NOW);
        fixture.registerInjectableResource(HOURS);
        fixture.registerIgnoredField(EscalationRaised.class, "deadlineId");
        fixture.registerIgnoredField(EscalationStageRecorded.class, "deadlineId");
    }

    static RaiseDisagreement raise(String concern) {
        return new RaiseDisagreement("e-1", "c-1", "nottingham-city", "Ms Teacher", "EDUCATION", "we think the child is at risk", concern, LADDER);
    }

    static EscalationRaised raised(String concern) {
        Instant due = NOW.plus(Duration.ofHours("HIGH".equals(concern) ? 24 : 48));
        return new EscalationRaised("e-1", "c-1", "nottingham-city", "Ms Teacher", "EDUCATION", "we think the child is at risk",
                concern, LADDER, 1, "Duty social care worker", due, "d-1");
    }

    @Test
    void aDisagreementStartsAtTheFirstStageWithItsLimitAndAHighRiskConcernHasTheShorterOne() {
        fixture.givenNoPriorActivity().when(raise("STANDARD"))
                .expectEvents(raised("STANDARD"))
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofHours(48)), Escalation.STAGE_DUE);
    }

    @Test
    void aHighRiskConcernGetsTheShorterLimit() {
        fixture.givenNoPriorActivity().when(raise("HIGH"))
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofHours(24)), Escalation.STAGE_DUE);
    }

    @Test
    void aConcernLevelIsACodeNotFreeText() {
        fixture.givenNoPriorActivity().when(raise("high"))
                .expectException(InvalidSubmissionException.class)
                .expectNoEvents();
    }

    @Test
    void aStageOutcomeMustSayHowTheStageEnded() {
        fixture.given(raised("STANDARD"))
                .when(new RecordStageOutcome("e-1", null, "duty.manager", "no outcome", null))
                .expectException(InvalidSubmissionException.class)
                .expectNoEvents();
    }

    @Test
    void aDisagreementNeedsItsReason() {
        fixture.givenNoPriorActivity()
                .when(new RaiseDisagreement("e-1", "c-1", "p", "x", "EDUCATION", " ", "STANDARD", LADDER))
                .expectException(InvalidSubmissionException.class);
    }

    @Test
    void aStagePastItsLimitClimbsToTheNextRoleAndMarksItOverdue() {
        fixture.givenCommands(raise("STANDARD"))
                .whenTimeElapses(Duration.ofHours(49))
                .expectTriggeredDeadlinesWithName(Escalation.STAGE_DUE)
                .expectEvents(new EscalationStageRecorded("e-1", "c-1", 1, "Duty social care worker", "ESCALATED",
                        "front door (time limit passed)", "stage 1 passed its limit of " + NOW.plus(Duration.ofHours(48)),
                        2, "Duty manager", NOW.plus(Duration.ofHours(48 + 48)), true, null, null));
    }

    @Test
    void aResolvedStageEndsTheDisagreementAndNothingMoreCanBeRecorded() {
        fixture.given(raised("STANDARD"))
                .when(new RecordStageOutcome("e-1", "AGREEMENT_REACHED", "duty.manager", "agreed to assess", null))
                .expectEvents(new EscalationStageRecorded("e-1", "c-1", 1, "Duty social care worker", "AGREEMENT_REACHED",
                        "duty.manager", "agreed to assess", null, null, null, false, null, null));
        fixture.given(raised("STANDARD"), new EscalationStageRecorded("e-1", "c-1", 1, "Duty social care worker", "UPHELD",
                        "duty.worker", "decision stands", null, null, null, false, null, null))
                .when(new RecordStageOutcome("e-1", "ESCALATED", "x", "y", null))
                .expectException(ConflictException.class);
    }

    @Test
    void aChangedDecisionMustSayWhatItNowIs() {
        fixture.given(raised("STANDARD"))
                .when(new RecordStageOutcome("e-1", "DECISION_CHANGED", "duty.manager", "changed", null))
                .expectException(InvalidSubmissionException.class);
    }

    @Test
    void theTopOfTheLadderCannotBeEscalatedFurther() {
        var toTwo = new EscalationStageRecorded("e-1", "c-1", 1, "Duty social care worker", "ESCALATED", "x", null, 2, "Duty manager",
                NOW, false, "d-2", null);
        var toThree = new EscalationStageRecorded("e-1", "c-1", 2, "Duty manager", "ESCALATED", "x", null, 3, "Head of service",
                NOW, false, "d-3", null);
        fixture.given(raised("STANDARD"), toTwo, toThree)
                .when(new RecordStageOutcome("e-1", "ESCALATED", "x", "y", null))
                .expectException(ConflictException.class);
    }
}
