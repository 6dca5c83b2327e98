package io.frontdoor.triage.triage;

import static io.frontdoor.triage.triage.TriageTest.ALLOCATED;
import static io.frontdoor.triage.triage.TriageTest.ID;
import static io.frontdoor.triage.triage.TriageTest.SECTION_17;
import static io.frontdoor.triage.triage.TriageTest.decided;
import static io.frontdoor.triage.triage.TriageTest.opened;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.triage.triage.TriageCommands.*;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker closes a contact that cannot be fed back or needs no further work: a duplicate at any time, the rest once decided. */
class TriageClosureTest {

    static final ContactRouted ROUTED = new ContactRouted(ID, "SECTION_17_ASSESSMENT", "s17", Map.of(), null);
    static final DecisionRecorded FINAL = decided(3, List.of("SECTION_17_ASSESSMENT"), "NONE", false, null, true);

    AggregateTestFixture<Triage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Triage.class);
        fixture.registerInjectableResource(new FixedPackContext());
        fixture.registerInjectableResource(new WorkerDirectory(List.of(new WorkerDirectory.Worker("worker.a", "Worker A"))));
    }

    @Test
    void aFinalDecisionWhoseReferrerWasToldAnotherWayIsClosedWithItsReasonAndWhoClosedIt() {
        fixture.given(opened(SECTION_17, false), ALLOCATED, FINAL, ROUTED)
                .when(new CloseTriage(ID, "REFERRER_TOLD_ANOTHER_WAY", null, "told at the strategy meeting", "worker.a"))
                .expectEvents(new TriageClosed(ID, "REFERRER_TOLD_ANOTHER_WAY", "worker.a", null, "told at the strategy meeting"))
                .expectState(triage -> org.assertj.core.api.Assertions.assertThat(triage).extracting("status")
                        .isEqualTo(TriageStatus.CLOSED));
    }

    @Test
    void everyClockStillRunningStopsWithTheClosure() {
        fixture.givenCommands(open(), new AllocateTriage(ID, "worker.a", "manager.m"),
                        new RecordDecision(ID, 3, List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", null))
                .when(new CloseTriage(ID, "ANONYMOUS_REFERRER", null, null, "worker.a"))
                .expectEvents(new TriageClosed(ID, "ANONYMOUS_REFERRER", "worker.a", null, null))
                .expectNoScheduledDeadlines();
    }

    static OpenTriage open() {
        TriageOpened e = opened(SECTION_17, false);
        return new OpenTriage(ID, e.submission(), e.receivedAt(), e.recommended(), null, null, e.rag(), e.decisionDueAt(), false,
                e.authorisation(), false, e.outcomeDueAt(), List.of());
    }

    @Test
    void aContactNotYetDecidedOrAwaitingAuthorisationIsClosedOnlyAsADuplicate() {
        fixture.given(opened(SECTION_17, false), ALLOCATED)
                .when(new CloseTriage(ID, "ANONYMOUS_REFERRER", null, null, "worker.a"))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(opened(SECTION_17, false), ALLOCATED, decided(2, List.of("EARLY_HELP"), "DOWN", true, "override", true))
                .when(new CloseTriage(ID, "NO_FURTHER_WORK", null, null, "worker.a"))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(opened(SECTION_17, false))
                .when(new CloseTriage(ID, "DUPLICATE", "contact-0", "same incident, sent twice", "worker.a"))
                .expectEvents(new TriageClosed(ID, "DUPLICATE", "worker.a", "contact-0", "same incident, sent twice"));
    }

    @Test
    void aDuplicateNamesAnotherContactAndAReasonIsACode() {
        fixture.given(opened(SECTION_17, false))
                .when(new CloseTriage(ID, "DUPLICATE", null, null, "worker.a"))
                .expectException(InvalidSubmissionException.class).expectNoEvents();
        fixture.given(opened(SECTION_17, false))
                .when(new CloseTriage(ID, "DUPLICATE", ID, null, "worker.a"))
                .expectException(InvalidSubmissionException.class).expectNoEvents();
        fixture.given(opened(SECTION_17, false), ALLOCATED, FINAL, ROUTED)
                .when(new CloseTriage(ID, "BORED", null, null, "worker.a"))
                .expectException(InvalidSubmissionException.class).expectNoEvents();
    }

    @Test
    void aClosedContactIsNotClosedAgainNorWorked() {
        fixture.given(opened(SECTION_17, false), ALLOCATED, FINAL, ROUTED, new TriageClosed(ID, "NO_FURTHER_WORK", "worker.a", null, null))
                .when(new CloseTriage(ID, "DUPLICATE", "contact-0", null, "worker.a"))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(opened(SECTION_17, false), new TriageClosed(ID, "DUPLICATE", "worker.a", "contact-0", null))
                .when(new RecordPartnerCheckResponse(ID, "none", "late", "worker.a"))
                .expectException(ConflictException.class);
        fixture.given(opened(SECTION_17, false), new TriageClosed(ID, "DUPLICATE", "worker.a", "contact-0", null))
                .when(new RequestPartnerCheck(ID, "HEALTH", "known?", "worker.a"))
                .expectException(ConflictException.class);
    }

    @Test
    void aDuplicateClosedWhileAPartnerCheckIsOpenStopsTheChecksClock() {
        fixture.givenCommands(open(), new AllocateTriage(ID, "worker.a", "manager.m"),
                        new RequestPartnerCheck(ID, "HEALTH", "known?", "worker.a"))
                .when(new CloseTriage(ID, "DUPLICATE", "contact-0", null, "worker.a"))
                .expectEvents(new TriageClosed(ID, "DUPLICATE", "worker.a", "contact-0", null))
                .expectNoScheduledDeadlines();
    }
}
