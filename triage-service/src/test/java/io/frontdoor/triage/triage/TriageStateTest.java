package io.frontdoor.triage.triage;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.code.Rag;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.triage.triage.LevelOfNeed;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed state is the events folded in order: what a page would otherwise work out from the history itself. */
class TriageStateTest {

    static final String ID = "contact-1";
    static final Instant T0 = Instant.parse("2026-11-18T10:15:00Z");

    final List<TriageState.Recorded> events = new ArrayList<>();

    void happened(int minutesAfter, Object event) {
        events.add(new TriageState.Recorded(events.size(), T0.plusSeconds(60L * minutesAfter), event));
    }

    static TriageOpened opened() {
        var submission = ContactSubmission.builder().packId("luton").externalReference("REF-1").receivedAt(T0)
                .referrer(new ContactSubmission.Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null))
                .children(List.of(new ContactSubmission.Child("Testchild", "Example", LocalDate.parse("2019-01-01"), null, null, null, null))).build();
        return new TriageOpened(ID, submission, T0, new Recommended(3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT)), null, null,
                "AMBER", T0.plusSeconds(86_400), false, new AuthorisationRules(true, true, List.of()), false,
                T0.plusSeconds(3 * 86_400), "d-1", "o-1");
    }

    static DecisionRecorded decided(String decisionId, int rank, boolean authorisation) {
        return new DecisionRecorded(ID, decisionId, new LevelOfNeed("RANK" + rank, rank, "Level " + rank), List.of("EARLY_HELP"), "because",
                "worker.a", "DOWN", authorisation, authorisation ? "below the recommendation" : null, true, false,
                authorisation ? T0.plusSeconds(4 * 3600) : null, null);
    }

    @Test
    void aReturnedDecisionReopensTheTriageAndTheNextOneAuthorisedMakesItFinal() {
        happened(0, opened());
        happened(5, new TriageAllocated(ID, "worker.a", "manager.m", null));
        happened(10, decided("d1", 2, true));
        happened(20, new DecisionReturned(ID, "d1", "manager.m", "look at the school's report"));

        TriageState returned = TriageState.of(ID, events);
        assertThat(returned.status()).isEqualTo(TriageStatus.OPEN);
        assertThat(returned.decisions()).singleElement().satisfies(d -> {
            assertThat(d.authorisation()).isEqualTo("RETURNED");
            assertThat(d.returnReason()).isEqualTo("look at the school's report");
            assertThat(d.answeredAt()).isEqualTo(T0.plusSeconds(20 * 60));
        });

        happened(30, decided("d2", 2, true));
        assertThat(TriageState.of(ID, events).decisions().get(1).authorisation()).isEqualTo("AWAITING");
        happened(40, new DecisionAuthorised(ID, "d2", "manager.n"));
        TriageState authorised = TriageState.of(ID, events);
        assertThat(authorised.status()).isEqualTo(TriageStatus.DECIDED);
        assertThat(authorised.decisions().get(1).authorisation()).isEqualTo("AUTHORISED");
        assertThat(authorised.decisions().get(1).answeredBy()).isEqualTo("manager.n");
        assertThat(authorised.allocatedTo()).isEqualTo("worker.a");
        assertThat(authorised.version()).as("the last event's sequence number").isEqualTo(5);
    }

    @Test
    void feedbackClocksSayWhenEachIsOwedSentOrMissedAndAReviewClearsTheFlag() {
        happened(0, opened());
        happened(0, new FeedbackDue(ID, "OUTCOME", T0.plusSeconds(3 * 86_400), "o-1"));
        happened(10, decided("d1", 3, false));
        happened(10, new FeedbackDue(ID, "NOT_ACCEPTED", T0.plusSeconds(86_400), "n-1"));
        happened(2_000, new DeadlinePassed(ID, DeadlineKind.FEEDBACK_NOT_ACCEPTED, null, T0.plusSeconds(86_400), T0.plusSeconds(86_401), "MANAGER"));
        happened(2_100, new FeedbackSent(ID, "NOT_ACCEPTED", "PHONE", "worker.a", "told by phone"));
        happened(2_200, new FlaggedForReview(ID, 1, List.of("LEVEL"), "DECIDED", "worker.a", "update 1 raised the level"));

        TriageState flagged = TriageState.of(ID, events);
        assertThat(flagged.feedbackClocks()).extracting(TriageState.FeedbackClock::kind).containsExactly("OUTCOME", "NOT_ACCEPTED");
        TriageState.FeedbackClock notAccepted = flagged.feedbackClocks().get(1);
        assertThat(notAccepted.missed()).isTrue();
        assertThat(notAccepted.sentAt()).isEqualTo(T0.plusSeconds(2_100 * 60));
        assertThat(flagged.feedbackClocks().get(0).sentAt()).as("the outcome is still owed").isNull();
        assertThat(flagged.missedTimescales()).singleElement().extracting(TriageState.MissedTimescale::deadline)
                .isEqualTo("FEEDBACK_NOT_ACCEPTED");
        assertThat(flagged.flags().needsReview()).isTrue();
        assertThat(flagged.flags().raisedByLastUpdate()).isEmpty(); // no update was evaluated in this history

        happened(2_300, new DecisionReviewed(ID, List.of(1), "DECISION_STANDS", "the new detail does not change it", "worker.a", null));
        assertThat(TriageState.of(ID, events).flags().needsReview()).isFalse();
    }

    @Test
    void aClosureByAWorkerSaysWhoWhenAndWhy() {
        happened(0, opened());
        happened(3, new TriageClosed(ID, "DUPLICATE", "worker.a", "contact-0", "sent twice"));

        TriageState closed = TriageState.of(ID, events);
        assertThat(closed.status()).isEqualTo(TriageStatus.CLOSED);
        assertThat(closed.closure()).isEqualTo(new TriageState.ClosureRecord(T0.plusSeconds(180), "DUPLICATE", "worker.a", "contact-0", "sent twice"));
    }
}
