package io.frontdoor.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The promise on the confirmation page, from the pack's own timescales and office hours, counted on working days with
 * England and Wales bank holidays (Luton's pack: AMBER decided within 1 working day, outcome to the referrer within 1
 * working day; office Monday to Friday 09:00 to 17:00).
 */
class WhatHappensNextTest {

    static final Map<String, Object> LUTON = Map.of("name", "Luton Threshold Framework",
            "timescales", Map.of("rag", Map.of("AMBER", Map.of("workingDays", 1)), "outcomeToReferrer", Map.of("workingDays", 1),
                    "decision", Map.of("workingDays", 1)),
            "officeHours", Map.of("timeZone", "Europe/London", "days", Map.of(
                    "MONDAY", Map.of("open", "09:00", "close", "17:00"), "TUESDAY", Map.of("open", "09:00", "close", "17:00"),
                    "WEDNESDAY", Map.of("open", "09:00", "close", "17:00"), "THURSDAY", Map.of("open", "09:00", "close", "17:00"),
                    "FRIDAY", Map.of("open", "09:00", "close", "17:00"))));

    static ThresholdAdvice amber(Map<String, Object> timescale) {
        return new ThresholdAdvice("Level 3 Intensive", 3, "AMBER", List.of("Early Help Assessment"), true, List.of(), "", timescale);
    }

    @Test
    void aFridayAfternoonReferralIsDecidedByMondayAfternoon() {
        var next = WhatHappensNext.of(LUTON, amber(Map.of("name", "rag.AMBER", "duration", Map.of("workingDays", 1))),
                Instant.parse("2026-12-04T15:00:00Z"));
        assertThat(next.decisionWithin()).isEqualTo("1 working day");
        assertThat(next.decisionBy()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
        assertThat(next.outcomeWithin()).isEqualTo("1 working day");
        assertThat(next.outcomeBy()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
    }

    @Test
    void christmasEveWaitsForTheBankHolidaysAndTheWeekend() {
        var next = WhatHappensNext.of(LUTON, amber(Map.of("name", "rag.RED", "duration", Map.of("workingHours", 4))),
                Instant.parse("2026-12-24T15:00:00Z"));
        assertThat(next.decisionWithin()).isEqualTo("4 working hours");
        // 2 hours on the 24th (to 17:00), then 25th, 26th-27th (weekend) and 28th (bank holiday) closed: 11:00 on the 29th
        assertThat(next.decisionBy()).isEqualTo(Instant.parse("2026-12-29T11:00:00Z"));
    }

    @Test
    void withoutARecommendedTimescaleThePacksDecisionTimescaleIsPromised() {
        var next = WhatHappensNext.of(LUTON, amber(null), Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(next.decisionBy()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
    }

    @Test
    void theAdviceReadsAsTheReferrerWouldSayIt() {
        ThresholdAdvice advice = ThresholdAdvice.of(Map.of("level", Map.of("localName", "Level 3 Intensive", "rank", 3), "rag", "AMBER",
                "routeDetails", List.of(Map.of("localName", "Early Help Assessment (EHA)")), "consentRequired", true,
                "triggeredRules", List.of(Map.of("explanation", "The highest indicator sets the level.")),
                "matchedIndicators", List.of(Map.of("level", 3, "text", "Persistent absence from school"))));
        assertThat(advice.headline()).isEqualTo("Looks like Level 3 Intensive: Early Help Assessment (EHA) — with the family's consent");
        assertThat(advice.reasons()).containsExactly("The highest indicator sets the level.", "Level 3 concern: Persistent absence from school");
    }

    @Test
    void intakesProblemIsLinkedToTheSectionAtFault() {
        assertThat(SendProblems.section("children[1].dateOfBirth")).isEqualTo("section-children");
        assertThat(SendProblems.words("children[1].dateOfBirth")).isEqualTo("Child 2: dateOfBirth");
        assertThat(SendProblems.section("domesticAbuse.dashRisk")).isEqualTo("section-domestic-abuse");
        assertThat(SendProblems.section("concerns.narrative")).isEqualTo("section-what-happened");
    }
}
