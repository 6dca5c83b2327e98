package io.frontdoor.triage.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.kernel.code.DeadlineKind;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.kernel.code.RouteCode;
import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.Channel;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.*;
import io.frontdoor.platform.messaging.IntegrationEvent;
import io.frontdoor.triage.triage.TriageEvents;
import io.frontdoor.triage.triage.LevelOfNeed;
import io.frontdoor.triage.datriage.DaTriageMessages.DaTriageItemDecided;
import io.frontdoor.triage.datriage.DaTriageMessages.DaTriageItemScheduled;
import io.frontdoor.triage.datriage.DaTriageMessages.DaTriageMeetingOpened;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.*;
import io.frontdoor.triage.escalation.EscalationMessages.EscalationRaised;
import io.frontdoor.triage.escalation.EscalationMessages.EscalationStageRecorded;
import io.frontdoor.triage.triage.AuthorisationRules;
import io.frontdoor.triage.triage.Recommended;
import io.frontdoor.triage.triage.RecommendationDocument;
import io.frontdoor.triage.triage.TriageEvents.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each domain event triage publishes becomes its public record on {@code frontdoor.triage.v1}, keyed by contact id, field
 * by field; what the public record does not name (scheduler ids, the submission, a check's question) stays in the service.
 */
class TriageEventsToKafkaTest {

    static final String ID = "contact-1";
    static final Instant AT = Instant.parse("2026-11-18T10:15:00Z");
    static final Instant DUE = Instant.parse("2026-11-19T10:15:00Z");
    static final LevelV1 LEVEL = new LevelV1("TARGETED", 3, "Level 3");
    static final RecommendationV1 RECOMMENDATION = new RecommendationV1(new RecommendationV1.PackRef("luton", "7"), LEVEL, "AMBER",
            List.of("SECTION_17_ASSESSMENT"), List.of(new RecommendationV1.MatchedIndicator("neglect", 3, "BASIC_CARE")),
            List.of(new RecommendationV1.TriggeredRule("r1", "neglect at level 3")), true, List.of("seek consent"), "Level 3",
            List.of(new RecommendationV1.ChildRecommendation(0, "Testchild", LEVEL, "AMBER", List.of("SECTION_17_ASSESSMENT"), true,
                    List.of(), List.of(), "Level 3")));
    static final DecisionRecordedV1.ChildDecision CHILD_DECISION = new DecisionRecordedV1.ChildDecision(0, "Testchild", LEVEL,
            List.of("SECTION_17_ASSESSMENT"), "because", "UP", true, "above the recommendation", true);
    static final LevelOfNeed DECIDED_LEVEL = new LevelOfNeed("TARGETED", 3, "Level 3");
    static final TriageEvents.ChildDecided CHILD_DECIDED = new TriageEvents.ChildDecided(0, "Testchild", DECIDED_LEVEL,
            List.of("SECTION_17_ASSESSMENT"), "because", "UP", true, "above the recommendation", true);

    final TriageEventsToKafka mapper = new TriageEventsToKafka(new PublicTriageEvents());

    private IntegrationEvent published(Object event, String key, String type) {
        Optional<IntegrationEvent> mapped = mapper.map(event);
        assertThat(mapped).isPresent();
        assertThat(mapped.get().topic()).isEqualTo(Topics.TRIAGE);
        assertThat(mapped.get().key()).isEqualTo(key);
        assertThat(mapped.get().eventType()).isEqualTo(type);
        assertThat(mapped.get().enveloped()).isTrue();
        return mapped.get();
    }

    private Object payloadOf(Object event, String type) {
        return published(event, ID, type).payload();
    }

    static ContactSubmission submission() {
        return ContactSubmission.builder().packId("luton").externalReference("REF-1").channel(Channel.WEB_FORM)
                .receivedAt(AT)
                .referrer(new ContactSubmission.Referrer(AgencyType.POLICE, "Testshire Police", "PC Example", null, null, null, null))
                .children(List.of(new ContactSubmission.Child("Testchild", "Example", LocalDate.parse("2019-01-01"), null, "9434765919", null, new ContactSubmission.Address("1 Example Row", null, null, "DN15 6NL")))).build();
    }

    @Test
    void triageOpenedPublishesTheContactSummaryTheRecommendationAndTheClockNotTheSubmission() {
        var opened = new TriageOpened(ID, submission(), AT, new Recommended(3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT)),
                RecommendationDocument.of(RECOMMENDATION), null, "AMBER", DUE, true, AuthorisationRules.NONE, false, DUE, "d-1", "o-1");

        assertThat(payloadOf(opened, TriageOpenedV1.TYPE)).isEqualTo(new TriageOpenedV1(ID, "luton",
                List.of(new ChildSummary("Testchild", "Example", LocalDate.parse("2019-01-01"), null)), AT, "POLICE", "Testshire Police",
                "REF-1", "WEB_FORM", RECOMMENDATION, "AMBER", DUE, true));
    }

    @Test
    void triageOpenedWithoutARecommendationPublishesNone() {
        var opened = new TriageOpened(ID, submission(), AT, null, null, "no pack", "RED", DUE, false, AuthorisationRules.NONE, false,
                null, null, null);

        assertThat(((TriageOpenedV1) payloadOf(opened, TriageOpenedV1.TYPE)).recommendation()).isNull();
    }

    @Test
    void updateEvaluatedPublishesTheRecommendationItWeighedNotTheSchedulersId() {
        var evaluated = new UpdateEvaluated(ID, 2, List.of("concerns"), "referrer", List.of("LEVEL"),
                RecommendationDocument.of(RECOMMENDATION), null, new Recommended(3, Rag.AMBER, List.of(RouteCode.SECTION_17_ASSESSMENT)), "AMBER", DUE, AT, "OPEN", "d-2");

        assertThat(payloadOf(evaluated, UpdateEvaluatedV1.TYPE)).isEqualTo(new UpdateEvaluatedV1(ID, 2, List.of("concerns"), "referrer",
                List.of("LEVEL"), RECOMMENDATION, null, "AMBER", DUE, AT, "OPEN"));
    }

    @Test
    void decisionRecordedPublishesTheDecisionAndEachChildsNotTheAuthorisationClock() {
        var decided = new DecisionRecorded(ID, "dec-1", DECIDED_LEVEL, List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", "UP", true,
                "above the recommendation", true, false, DUE, "a-1", List.of(CHILD_DECIDED));

        assertThat(payloadOf(decided, DecisionRecordedV1.TYPE)).isEqualTo(new DecisionRecordedV1(ID, "dec-1", LEVEL,
                List.of("SECTION_17_ASSESSMENT"), "because", "worker.a", "UP", true, "above the recommendation", true, false,
                List.of(CHILD_DECISION)));
    }

    @Test
    void contactLinkedToChild() {
        assertThat(payloadOf(new ContactLinkedToChild(ID, 1, "child-9", "NHS_NUMBER", 2, true, "POSSIBLE", "the name differs"),
                ContactLinkedToChildV1.TYPE))
                .isEqualTo(new ContactLinkedToChildV1(ID, 1, "child-9", "NHS_NUMBER", 2, true, "POSSIBLE", "the name differs"));
    }

    @Test
    void childLinkReviewed() {
        assertThat(payloadOf(new ChildLinkReviewed(ID, 1, "child-9", false, "worker.a"), ChildLinkReviewedV1.TYPE))
                .isEqualTo(new ChildLinkReviewedV1(ID, 1, "child-9", false, "worker.a"));
    }

    @Test
    void triageAllocated() {
        assertThat(payloadOf(new TriageAllocated(ID, "worker.b", "manager.m", "worker.a"), TriageAllocatedV1.TYPE))
                .isEqualTo(new TriageAllocatedV1(ID, "worker.b", "manager.m", "worker.a"));
    }

    @Test
    void partnerCheckRequestedLeavesTheQuestionAndTheSchedulersIdBehind() {
        assertThat(payloadOf(new PartnerCheckRequested(ID, "check-1", "HEALTH", "is the child registered?", DUE, "worker.a", "p-1"),
                PartnerCheckRequestedV1.TYPE))
                .isEqualTo(new PartnerCheckRequestedV1(ID, "check-1", "HEALTH", DUE, "worker.a"));
    }

    @Test
    void partnerCheckRespondedLeavesTheResponseBehind() {
        assertThat(payloadOf(new PartnerCheckResponded(ID, "check-1", "HEALTH", "registered with a GP", "health.h"),
                PartnerCheckRespondedV1.TYPE))
                .isEqualTo(new PartnerCheckRespondedV1(ID, "check-1", "HEALTH", "health.h"));
    }

    @Test
    void decisionAuthorised() {
        assertThat(payloadOf(new DecisionAuthorised(ID, "dec-1", "manager.m"), DecisionAuthorisedV1.TYPE))
                .isEqualTo(new DecisionAuthorisedV1(ID, "dec-1", "manager.m"));
    }

    @Test
    void decisionReturned() {
        assertThat(payloadOf(new DecisionReturned(ID, "dec-1", "manager.m", "look again"), DecisionReturnedV1.TYPE))
                .isEqualTo(new DecisionReturnedV1(ID, "dec-1", "manager.m", "look again"));
    }

    @Test
    void contactRouted() {
        assertThat(payloadOf(new ContactRouted(ID, "EARLY_HELP", "Early help", Map.of("locality", "DN15"), DUE, List.of(0, 1),
                List.of("Testchild", "Other")), ContactRoutedV1.TYPE))
                .isEqualTo(new ContactRoutedV1(ID, "EARLY_HELP", "Early help", Map.of("locality", "DN15"), DUE, List.of(0, 1),
                        List.of("Testchild", "Other")));
    }

    @Test
    void strategyDiscussionOutcomeRecorded() {
        assertThat(payloadOf(new StrategyDiscussionOutcomeRecorded(ID, true, "police, health", "worker.a", List.of(0)),
                StrategyDiscussionOutcomeV1.TYPE))
                .isEqualTo(new StrategyDiscussionOutcomeV1(ID, true, "police, health", "worker.a", List.of(0)));
    }

    @Test
    void feedbackDueLeavesTheSchedulersIdBehind() {
        assertThat(payloadOf(new FeedbackDue(ID, "OUTCOME", DUE, "o-1"), FeedbackDueV1.TYPE))
                .isEqualTo(new FeedbackDueV1(ID, "OUTCOME", DUE));
    }

    @Test
    void feedbackSent() {
        assertThat(payloadOf(new FeedbackSent(ID, "OUTCOME", "EMAIL", "worker.a", "a section 17 assessment"), FeedbackSentV1.TYPE))
                .isEqualTo(new FeedbackSentV1(ID, "OUTCOME", "EMAIL", "worker.a", "a section 17 assessment"));
    }

    @Test
    void deadlinePassed() {
        assertThat(payloadOf(new DeadlinePassed(ID, DeadlineKind.PARTNER_CHECK, "check-1", DUE, AT, "MANAGER"), DeadlinePassedV1.TYPE))
                .isEqualTo(new DeadlinePassedV1(ID, "PARTNER_CHECK", "check-1", DUE, AT, "MANAGER"));
    }

    @Test
    void triageClosed() {
        assertThat(payloadOf(new TriageClosed(ID, "DUPLICATE", "worker.a", "contact-2", "same concern"), TriageClosedV1.TYPE))
                .isEqualTo(new TriageClosedV1(ID, "DUPLICATE", "worker.a", "contact-2", "same concern"));
    }

    @Test
    void updateAlert() {
        assertThat(payloadOf(new UpdateAlert(ID, 2, List.of("RAG"), "WORKER", "worker.a", "Update 2 raised the rag"), UpdateAlertV1.TYPE))
                .isEqualTo(new UpdateAlertV1(ID, 2, List.of("RAG"), "WORKER", "worker.a", "Update 2 raised the rag"));
    }

    @Test
    void flaggedForReview() {
        assertThat(payloadOf(new FlaggedForReview(ID, 3, List.of("LEVEL"), "DECIDED", "worker.a", "review it"), FlaggedForReviewV1.TYPE))
                .isEqualTo(new FlaggedForReviewV1(ID, 3, List.of("LEVEL"), "DECIDED", "worker.a", "review it"));
    }

    @Test
    void decisionReviewed() {
        assertThat(payloadOf(new DecisionReviewed(ID, List.of(2, 3), "DECISION_REVISED", "the risk rose", "worker.a", "dec-2"),
                DecisionReviewedV1.TYPE))
                .isEqualTo(new DecisionReviewedV1(ID, List.of(2, 3), "DECISION_REVISED", "the risk rose", "worker.a", "dec-2"));
    }

    @Test
    void escalationRaisedLeavesThePackTheLadderAndTheSchedulersIdBehind() {
        var raised = new EscalationRaised("esc-1", ID, "luton", "police.p", "POLICE", "too low", "HIGH", List.of(), 1, "TEAM_MANAGER",
                DUE, "e-1");

        assertThat(payloadOf(raised, EscalationRaisedV1.TYPE))
                .isEqualTo(new EscalationRaisedV1("esc-1", ID, "police.p", "POLICE", "too low", "HIGH", 1, "TEAM_MANAGER", DUE));
    }

    @Test
    void escalationStageRecordedLeavesTheRevisedDecisionAndTheSchedulersIdBehind() {
        var recorded = new EscalationStageRecorded("esc-1", ID, 1, "TEAM_MANAGER", "NOT_RESOLVED", "manager.m", "still disagree", 2,
                "SERVICE_MANAGER", DUE, false, "e-2", null);

        assertThat(payloadOf(recorded, EscalationStageRecordedV1.TYPE)).isEqualTo(new EscalationStageRecordedV1("esc-1", ID, 1,
                "TEAM_MANAGER", "NOT_RESOLVED", "manager.m", "still disagree", 2, "SERVICE_MANAGER", DUE, false));
    }

    @Test
    void daTriageItemScheduledLeavesThePackAndTheAgendaItemBehind() {
        var scheduled = new DaTriageItemScheduled("meeting-1", "luton", DUE, ID, "HIGH", null, "meeting-0", List.of(0, 1));

        assertThat(payloadOf(scheduled, DaTriageItemScheduledV1.TYPE))
                .isEqualTo(new DaTriageItemScheduledV1(ID, "meeting-1", DUE, "HIGH", "meeting-0", List.of(0, 1)));
    }

    @Test
    void daTriageItemDecidedLeavesWhoDecidedBehind() {
        var decided = new DaTriageItemDecided("meeting-1", ID, List.of("MARAC"), "high risk", List.of("POLICE", "HEALTH"), "chair.c");

        assertThat(payloadOf(decided, DaTriageItemDecidedV1.TYPE))
                .isEqualTo(new DaTriageItemDecidedV1(ID, "meeting-1", List.of("MARAC"), "high risk", List.of("POLICE", "HEALTH")));
    }

    @Test
    void earlyHelpEpisodeStartedLeavesThePackBehind() {
        assertThat(payloadOf(new EarlyHelpEpisodeStarted("ep-1", ID, "luton", "DN15", List.of(0)), EarlyHelpEpisodeV1.TYPE))
                .isEqualTo(new EarlyHelpEpisodeV1("ep-1", ID, "DN15", null, List.of(0)));
    }

    @Test
    void earlyHelpEpisodeClosedLeavesWhoClosedItAndWhyBehind() {
        assertThat(payloadOf(new EarlyHelpEpisodeClosed("ep-1", ID, "STEPPED_DOWN", "lead.l", "needs met", "well done"),
                EarlyHelpEpisodeV1.TYPE))
                .isEqualTo(new EarlyHelpEpisodeV1("ep-1", ID, null, "STEPPED_DOWN", List.of()));
    }

    @Test
    void earlyHelpMilestoneRecordedLeavesTheDetailBehind() {
        assertThat(payloadOf(new EarlyHelpMilestoneRecorded("ep-1", ID, "CONSENT_GIVEN", "the family agreed", "lead.l"),
                EarlyHelpMilestoneV1.TYPE))
                .isEqualTo(new EarlyHelpMilestoneV1("ep-1", ID, "CONSENT_GIVEN", "lead.l"));
    }

    @Test
    void earlyHelpMilestoneOverdueIsADeadlinePassed() {
        assertThat(payloadOf(new EarlyHelpMilestoneOverdue(ID, "EARLY_HELP_CONSENT", "ep-1", DUE, AT, "EARLY_HELP_MANAGER"),
                DeadlinePassedV1.TYPE))
                .isEqualTo(new DeadlinePassedV1(ID, "EARLY_HELP_CONSENT", "ep-1", DUE, AT, "EARLY_HELP_MANAGER"));
    }

    @Test
    void earlyHelpSteppedUpGoesBackToIntakeAsAPartnerReferral() {
        var referral = submission();
        var steppedUp = new EarlyHelpSteppedUp("ep-1", ID, "EH-REF-1", referral, "risk rose", "lead.l", List.of(0));

        IntegrationEvent event = mapper.map(steppedUp).orElseThrow();

        assertThat(event.topic()).isEqualTo(Topics.PARTNER_REFERRALS);
        assertThat(event.key()).isEqualTo("EH-REF-1");
        assertThat(event.enveloped()).isFalse();
        assertThat(event.payload()).isEqualTo(referral);
        assertThat(event.headers()).isEqualTo(Map.of("type", "multi-agency-referral", "version", "1", "sender", "frontdoor-early-help"));
    }

    @Test
    void eventsWithNoPublicRecordStayInTheService() {
        assertThat(mapper.map(new DaTriageMeetingOpened("meeting-1", "chair.c"))).isEmpty();
        assertThat(mapper.map(new EarlyHelpMilestoneDue("ep-1", ID, "CONSENT_GIVEN", DUE, "m-1"))).isEmpty();
    }
}
