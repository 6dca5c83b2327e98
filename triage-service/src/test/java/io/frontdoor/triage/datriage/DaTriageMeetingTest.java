package io.frontdoor.triage.datriage;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.datriage.DaTriageMessages.*;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DaTriageMeetingTest {

    static final String MEETING = "nottingham-city/2026-11-25";
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final AgendaItem ITEM = new AgendaItem("c-1", "MEDIUM", List.of("Testchild Example"), 2);
    static final AgendaItem OTHER = new AgendaItem("c-2", "STANDARD", List.of("Otherchild Example"), 0);

    AggregateTestFixture<DaTriageMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DaTriageMeeting.class);
        fixture.registerInjectableResource(new MeetingCalendar(new PackRegistry(new io.frontdoor.triage.threshold.loading.PackLoader())));
    }

    static DaTriageItemScheduled scheduled(AgendaItem item) {
        return new DaTriageItemScheduled(MEETING, "nottingham-city", AT, item.contactId(), item.dashRisk(), item, null);
    }

    @Test
    void aMediumRiskNotificationJoinsTheAgendaOnce() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDaItem(MEETING, "nottingham-city", AT, ITEM, null))
                .expectEvents(scheduled(ITEM));
        fixture.given(scheduled(ITEM))
                .when(new ScheduleDaItem(MEETING, "nottingham-city", AT, ITEM, null))
                .expectNoEvents();
    }

    @Test
    void theHouseholdIsListedOnceWithItsChildren() {
        var household = new AgendaItem("c-3", "MEDIUM", List.of("Kit Example", "Lou Example", "Max Example"), 0, List.of(0, 1, 2));
        fixture.givenNoPriorActivity()
                .when(new ScheduleDaItem(MEETING, "nottingham-city", AT, household, null))
                .expectEvents(new DaTriageItemScheduled(MEETING, "nottingham-city", AT, "c-3", "MEDIUM", household, null, List.of(0, 1, 2)));
        fixture.given(scheduled(household))
                .when(new ScheduleDaItem(MEETING, "nottingham-city", AT, new AgendaItem("c-3", "MEDIUM", List.of("Kit Example"), 0, List.of(0)), null))
                .expectNoEvents();
    }

    @Test
    void aHighRiskNotificationNeverWaitsForTheMeeting() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleDaItem(MEETING, "nottingham-city", AT, new AgendaItem("c-9", "HIGH", List.of(), 0), null))
                .expectException(ConflictException.class);
    }

    @Test
    void anOutcomeNamesOnlyRoutesTheFrontDoorHas() {
        fixture.given(scheduled(ITEM), new DaTriageMeetingOpened(MEETING, "chair"))
                .when(new DecideItem(MEETING, "c-1", List.of("EARLY_HELP", "TEA_AND_SYMPATHY"), "support offered", List.of("POLICE"), "chair"))
                .expectException(InvalidSubmissionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("routes[1]"))
                .expectNoEvents();
    }

    @Test
    void itemsAreDecidedOnlyInAnOpenMeetingAndWithARationale() {
        fixture.given(scheduled(ITEM))
                .when(new DecideItem(MEETING, "c-1", List.of("EARLY_HELP"), "support offered", List.of("POLICE"), "chair"))
                .expectException(ConflictException.class);
        fixture.given(scheduled(ITEM), new DaTriageMeetingOpened(MEETING, "chair"))
                .when(new DecideItem(MEETING, "c-1", List.of("EARLY_HELP"), " ", List.of("POLICE"), "chair"))
                .expectException(InvalidSubmissionException.class);
        fixture.given(scheduled(ITEM), new DaTriageMeetingOpened(MEETING, "chair"))
                .when(new DecideItem(MEETING, "c-1", List.of("EARLY_HELP"), "support offered", List.of("POLICE", "HEALTH"), "chair"))
                .expectEvents(new DaTriageItemDecided(MEETING, "c-1", List.of("EARLY_HELP"), "support offered", List.of("POLICE", "HEALTH"), "chair"));
    }

    @Test
    void closingRollsUndecidedItemsToTheNextWeeksMeetingAndSaysSo() {
        fixture.given(scheduled(ITEM), scheduled(OTHER), new DaTriageMeetingOpened(MEETING, "chair"),
                        new DaTriageItemDecided(MEETING, "c-1", List.of("EARLY_HELP"), "support", List.of("POLICE"), "chair"))
                .when(new CloseMeeting(MEETING, "chair"))
                .expectEvents(new DaTriageItemRolledOver(MEETING, "nottingham-city", "c-2", OTHER, "nottingham-city/2026-12-02",
                                Instant.parse("2026-12-02T10:00:00Z")),
                        new DaTriageMeetingClosed(MEETING, "chair", 1, 1));
        fixture.given(scheduled(ITEM), new DaTriageMeetingOpened(MEETING, "chair"), new DaTriageMeetingClosed(MEETING, "chair", 0, 1))
                .when(new ScheduleDaItem(MEETING, "nottingham-city", AT, OTHER, null))
                .expectException(ConflictException.class);
    }
}
