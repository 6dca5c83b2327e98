package io.frontdoor.triage.workflow;

import static io.frontdoor.triage.workflow.TriageWorkflowTest.MANAGER_M;
import static io.frontdoor.triage.workflow.TriageWorkflowTest.WORKER_A;
import static io.frontdoor.triage.workflow.TriageWorkflowTest.awaitPublished;
import static io.frontdoor.triage.workflow.TriageWorkflowTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** One contact, several children, through the real REST API, the real broker and PostgreSQL: each child recommended, decided and routed. */
class SiblingWorkflowTest {

    static final Instant RECEIVED = TriageWorkflowTest.RECEIVED;
    /** 003 line 632: "A non-mobile child with a unexplained, inconsistent and conflicting bruising and/or mark" */
    static final String NON_MOBILE_BRUISING = "nottingham-city.l4.child.immediate-referral.non-mobile-child-bruising";
    /** 003 line 808 (Early Help): "Poor school, college and/or alternative provision attendance" */
    static final String POOR_ATTENDANCE = "nottingham-city.l2.child.education.poor-attendance";
    /** 003 line 856 (Early Help): "Concerns about substance misuse may impact on ability to provide basic / adequate care" */
    static final String PARENTAL_SUBSTANCE_MISUSE = "nottingham-city.l2.parenting.basic-care.substance-misuse-concerns";

    static final io.frontdoor.infra.TestActor CHAIR = io.frontdoor.infra.TestActor.manager("meeting.chair");
    static final io.frontdoor.infra.TestActor LEAD = io.frontdoor.infra.TestActor.practitioner("lead.p");
    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    @Test
    void threeChildrenAreRecommendedDecidedAuthorisedAndRoutedEachOnTheirOwn() throws Exception {
        ContactSubmission contact = Contacts.siblings("nottingham-city", AgencyType.HEALTH, List.of(PARENTAL_SUBSTANCE_MISUSE), null, RECEIVED,
                Contacts.child("Ada", LocalDate.parse("2026-07-10"), NON_MOBILE_BRUISING),
                Contacts.child("Ben", LocalDate.parse("2011-09-01"), POOR_ATTENDANCE),
                Contacts.child("Cy", LocalDate.parse("2019-05-05")));
        String id = TriageService.publishContact(contact, RECEIVED);
        JsonNode opened = triage.awaitTriage(id);

        JsonNode recommendation = opened.get("recommendation");
        assertThat(recommendation.get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(recommendation.get("rag").asString()).isEqualTo("RED");
        assertThat(recommendation.get("routes").toString()).isEqualTo("[\"STRATEGY_DISCUSSION\",\"EARLY_HELP\"]");
        JsonNode children = recommendation.get("children");
        assertThat(children.size()).isEqualTo(3);
        assertThat(children.get(0).get("name").asString()).isEqualTo("Ada");
        assertThat(children.get(0).get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(children.get(0).get("routes").toString()).isEqualTo("[\"STRATEGY_DISCUSSION\"]");
        assertThat(children.get(1).get("level").get("rank").asInt()).as("Ben: the baby's bruise is not his").isEqualTo(2);
        assertThat(children.get(1).get("routes").toString()).isEqualTo("[\"EARLY_HELP\"]");
        assertThat(children.get(2).get("level").get("rank").asInt()).as("Cy: the household's substance misuse").isEqualTo(2);
        assertThat(children.get(2).get("matchedIndicators").toString()).contains(PARENTAL_SUBSTANCE_MISUSE);

        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 2, "routes": ["EARLY_HELP"], "rationale": "the family needs early help with the parents' substance misuse",
                 "children": [
                   {"childIndex": 0, "levelRank": 4, "routes": ["STRATEGY_DISCUSSION"], "rationale": "Ada's bruise needs a strategy discussion"},
                   {"childIndex": 2, "levelRank": 1, "routes": ["ADVICE_AND_SIGNPOSTING"], "rationale": "Cy is thriving at school; advice to the parents"}
                 ]}""", WORKER_A));
        JsonNode pending = EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + id, MANAGER_M).body());
        assertThat(pending.toString()).contains("Cy: the decision is below the recommended level (override downwards)");
        ok(triage.post("/api/triages/" + id + "/decision/authorisation", "{}", MANAGER_M));
        ok(triage.post("/api/triages/" + id + "/strategy-discussion-outcome",
                "{\"section47Enquiry\": true, \"participants\": \"police, health, children's social care\", \"childIndexes\": [0]}", WORKER_A));

        List<EventEnvelope> published = awaitPublished(id, "ContactRouted", 4);
        EventEnvelope openedEvent = only(published, "TriageOpened");
        EventEnvelope decided = only(published, "DecisionRecorded");
        System.out.println("THREE-CHILD TriageOpened.recommendation = " + openedEvent.payload().get("recommendation").toPrettyString());
        System.out.println("THREE-CHILD DecisionRecorded = " + decided.payload().toPrettyString());
        assertThat(openedEvent.payload().get("recommendation").get("children").size()).isEqualTo(3);

        JsonNode decision = decided.payload();
        assertThat(decision.get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(decision.get("authorisationRequired").asBoolean()).isTrue();
        JsonNode decidedChildren = decision.get("children");
        assertThat(decidedChildren.get(0).get("overrideDirection").asString()).isEqualTo("NONE");
        assertThat(decidedChildren.get(0).get("authorisationRequired").asBoolean()).isFalse();
        assertThat(decidedChildren.get(1).get("rationale").asString()).isEqualTo("the family needs early help with the parents' substance misuse");
        assertThat(decidedChildren.get(1).get("authorisationRequired").asBoolean()).isFalse();
        assertThat(decidedChildren.get(2).get("overrideDirection").asString()).isEqualTo("DOWN");
        assertThat(decidedChildren.get(2).get("authorisationRequired").asBoolean()).isTrue();

        assertThat(published.stream().filter(e -> e.eventType().equals("ContactRouted"))
                .map(e -> e.payload().get("route").asString() + e.payload().get("childIndexes")))
                .containsExactly("STRATEGY_DISCUSSION[0]", "EARLY_HELP[1]", "ADVICE_AND_SIGNPOSTING[2]", "SECTION_47_ENQUIRY[0]");
        assertThat(only(published, "StrategyDiscussionOutcomeRecorded").payload().get("childIndexes").toString()).isEqualTo("[0]");
    }

    @Test
    void aPoliceNotificationNamingThreeChildrenOfTheHouseholdIsListedOnceSteppedDownTogetherAndOneChildSteppedUp() throws Exception {
        ContactSubmission contact = Contacts.siblings("north-lincolnshire", AgencyType.POLICE, List.of(),
                new ContactSubmission.DomesticAbuse(DashRisk.MEDIUM, true, RECEIVED.minusSeconds(3600)), RECEIVED,
                Contacts.child("Kit", LocalDate.parse("2025-06-01")), Contacts.child("Lou", LocalDate.parse("2020-02-02")),
                Contacts.child("Max", LocalDate.parse("2012-12-12")));
        String id = TriageService.publishContact(contact, RECEIVED);
        JsonNode children = triage.awaitTriage(id).get("recommendation").get("children");
        for (JsonNode child : children) {
            assertThat(child.get("routes").toString()).as(child.get("name").asString()).contains("DOMESTIC_ABUSE_TRIAGE");
        }
        assertThat(children.size()).isEqualTo(3);

        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 3, "routes": ["DOMESTIC_ABUSE_TRIAGE"], "rationale": "the household goes to the weekly meeting"}""", WORKER_A));
        EventEnvelope routed = only(awaitPublished(id, "ContactRouted", 1), "ContactRouted");
        assertThat(routed.payload().get("childIndexes").toString()).isEqualTo("[0,1,2]");

        // the weekly meeting lists the household once, with its three children
        String meetingId = EventEnvelopes.JSON.readTree(triage.get("/api/da-triage/meetings/next?pack=north-lincolnshire").body())
                .get("meetingId").asString();
        JsonNode agenda = EventEnvelopes.JSON.readTree(triage.get("/api/da-triage/meetings/" + meetingId, MANAGER_M).body());
        List<JsonNode> household = new java.util.ArrayList<>();
        agenda.get("items").forEach(entry -> {
            if (entry.get("item").get("contactId").asString().equals(id)) {
                household.add(entry);
            }
        });
        assertThat(household).hasSize(1);
        assertThat(household.get(0).get("item").get("children").toString())
                .isEqualTo("[\"Kit Example-Sibling\",\"Lou Example-Sibling\",\"Max Example-Sibling\"]");
        assertThat(household.get(0).get("item").get("childIndexes").toString()).isEqualTo("[0,1,2]");

        // it steps the family down to early help: one episode for the three children, one lead professional
        assertThat(triage.post("/api/da-triage/meetings/" + meetingId + "/opening", null, CHAIR).statusCode())
                .as("opened here or by another test of this run").isIn(200, 409);
        ok(triage.post("/api/da-triage/meetings/" + meetingId + "/items/" + id + "/outcome", """
                {"routes": ["EARLY_HELP"], "rationale": "the family accepts the locality team's support",
                 "agenciesPresent": ["POLICE", "HEALTH", "EDUCATION"]}""", CHAIR));
        List<EventEnvelope> published = awaitPublished(id, "the early-help episode", seen -> seen.stream()
                .anyMatch(e -> e.eventType().equals("EarlyHelpEpisode")));
        assertThat(only(published, "DaTriageItemScheduled").payload().get("childIndexes").toString()).isEqualTo("[0,1,2]");
        assertThat(only(published, "EarlyHelpEpisode").payload().get("childIndexes").toString()).isEqualTo("[0,1,2]");

        // Max's needs escalate: the step-up names him alone, and his brother's and sister's early help goes on
        String episode = "eh-" + id;
        ok(triage.post("/api/early-help/" + episode + "/consent", "{\"status\": \"GIVEN\"}", LEAD));
        HttpResponse<String> wrongChild = triage.post("/api/early-help/" + episode + "/step-up",
                "{\"reason\": \"x\", \"childIndexes\": [3]}", LEAD);
        assertThat(wrongChild.statusCode()).isEqualTo(400);
        assertThat(wrongChild.body()).contains("\"field\":\"childIndexes[0]\"");
        ok(triage.post("/api/early-help/" + episode + "/step-up",
                "{\"reason\": \"Max has been missing from home twice this week\", \"childIndexes\": [2]}", LEAD));
        ok(triage.post("/api/early-help/" + episode + "/lead-professional",
                "{\"stage\": 1, \"agency\": \"EDUCATION\", \"person\": \"Family support worker\", \"agreed\": true}", LEAD));

        JsonNode referral = stepUpReferral("STEP-UP-" + episode);
        assertThat(referral.get("children").size()).isEqualTo(1);
        assertThat(referral.get("children").get(0).get("givenName").asString()).isEqualTo("Max");
        JsonNode history = EventEnvelopes.JSON.readTree(triage.get("/api/early-help/" + episode, LEAD).body());
        assertThat(history.toString()).contains("EarlyHelpSteppedUp", "LEAD_PROFESSIONAL_STAGE_1").doesNotContain("EarlyHelpEpisodeClosed");
    }

    /** The step-up as it went to intake's partner feed (the front door's own way in). */
    static JsonNode stepUpReferral(String reference) {
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                io.frontdoor.infra.TestInfrastructure.get().kafkaBootstrapServers(), "group.id", "test-" + java.util.UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of(io.frontdoor.kernel.event.Topics.PARTNER_REFERRALS));
            String stepUp = await("the step-up " + reference + " on the partner feed").atMost(java.time.Duration.ofSeconds(60))
                    .pollInSameThread().pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(1))
                    .until(() -> {
                        for (var record : consumer.poll(java.time.Duration.ofMillis(500))) {
                            if (reference.equals(record.key())) {
                                return record.value();
                            }
                        }
                        return null;
                    }, java.util.Objects::nonNull);
            return EventEnvelopes.JSON.readTree(stepUp);
        }
    }

    @Test
    void aVariedDecisionForAChildTheContactDoesNotNameIsAProblemNamingTheField() throws Exception {
        String id = TriageService.publishContact(Contacts.siblings("nottingham-city", AgencyType.HEALTH, List.of(), null, RECEIVED,
                Contacts.child("Ned", LocalDate.parse("2015-01-01")), Contacts.child("Oli", LocalDate.parse("2017-01-01"))), RECEIVED);
        triage.awaitTriage(id);
        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        HttpResponse<String> wrong = triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 1, "routes": ["ADVICE_AND_SIGNPOSTING"], "rationale": "advice",
                 "children": [{"childIndex": 2, "levelRank": 3}]}""", WORKER_A);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"children[0].childIndex\"");
        assertThat(triage.eventsOfType(id, "DecisionRecorded")).isZero();
    }

    static EventEnvelope only(List<EventEnvelope> published, String type) {
        return published.stream().filter(e -> e.eventType().equals(type)).findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }
}
