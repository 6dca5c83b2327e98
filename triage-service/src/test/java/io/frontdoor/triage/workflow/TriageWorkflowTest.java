package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The front-door workflow through the real REST API, the real broker and PostgreSQL. */
class TriageWorkflowTest {

    /** A Wednesday morning, inside every pack's office hours. */
    static final Instant RECEIVED = Instant.parse("2026-11-18T10:15:00Z");
    static final TestActor WORKER_A = TestActor.practitioner("worker.a");
    static final TestActor WORKER_B = TestActor.practitioner("worker.b");
    static final TestActor MANAGER_M = TestActor.manager("manager.m");
    static final TestActor MANAGER_N = TestActor.manager("manager.n");
    static final TestActor MANAGER_SELF = TestActor.manager("manager.self");
    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    @Test
    void aRedContactIsDecidedAndRoutedToAStrategyDiscussionThenASection47Enquiry() throws Exception {
        String id = TriageService.publishContact(Contacts.immediateDanger("nottingham-city", RECEIVED), RECEIVED);
        JsonNode opened = triage.awaitTriage(id);
        assertThat(opened.get("rag").asString()).isEqualTo("RED");
        assertThat(opened.get("recommendation").get("routes").toString()).contains("STRATEGY_DISCUSSION");
        assertThat(opened.get("recommendation").get("pack").get("version").asString()).isNotBlank();

        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 4, "routes": ["STRATEGY_DISCUSSION"], "rationale": "child in immediate danger at school"}""",
                WORKER_A));
        ok(triage.post("/api/triages/" + id + "/strategy-discussion-outcome",
                "{\"section47Enquiry\": true, \"participants\": \"police, health, school\"}", WORKER_A));

        List<EventEnvelope> published = awaitPublished(id, "ContactRouted", 2);
        assertThat(published).extracting(EventEnvelope::eventType)
                .contains("TriageOpened", "TriageAllocated", "DecisionRecorded", "StrategyDiscussionOutcomeRecorded");
        assertThat(published.stream().filter(e -> e.eventType().equals("ContactRouted")).map(e -> e.payload().get("route").asString()))
                .containsExactly("STRATEGY_DISCUSSION", "SECTION_47_ENQUIRY");
        EventEnvelope decision = published.stream().filter(e -> e.eventType().equals("DecisionRecorded")).findFirst().orElseThrow();
        assertThat(decision.payload().get("overrideDirection").asString()).isEqualTo("NONE");
        assertThat(decision.payload().get("level").get("localName").asString()).isEqualTo("Protection & Specialist");
    }

    @Test
    void noFurtherActionOnAPoliceDomesticAbuseNotificationWaitsForAnotherManager() throws Exception {
        String id = TriageService.publishContact(Contacts.policeDomesticAbuse("north-lincolnshire", DashRisk.MEDIUM, RECEIVED), RECEIVED);
        JsonNode opened = triage.awaitTriage(id);
        assertThat(opened.get("recommendation").get("routes").toString()).contains("DOMESTIC_ABUSE_TRIAGE");

        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 1, "routes": ["ADVICE_AND_SIGNPOSTING"], "rationale": "single verbal argument, no children present"}""",
                MANAGER_SELF));
        JsonNode pending = EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + id, MANAGER_M).body());
        assertThat(pending.toString()).contains("no further action on a police domestic abuse notification");

        HttpResponse<String> own = triage.post("/api/triages/" + id + "/decision/authorisation", "{}", MANAGER_SELF);
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(own.body()).contains("may not authorise their own decision");
        assertThat(triage.post("/api/triages/" + id + "/decision/authorisation", "{}", WORKER_A).statusCode())
                .as("a practitioner may not authorise").isEqualTo(403);
        ok(triage.post("/api/triages/" + id + "/decision/authorisation", "{}", MANAGER_M));
        HttpResponse<String> again = triage.post("/api/triages/" + id + "/decision/authorisation", "{}", MANAGER_N);
        assertThat(again.statusCode()).isEqualTo(409);

        assertThat(awaitPublished(id, "ContactRouted", 1)).extracting(EventEnvelope::eventType).contains("DecisionAuthorised");
    }

    @Test
    void twoWorkersDecidingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        Instant now = Instant.now();
        String id = TriageService.publishContact(Contacts.immediateDanger("leicester-leicestershire-rutland", now), now);
        triage.awaitTriage(id);
        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        long version = EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + id, WORKER_A).body()).get("version").asLong();

        var pool = Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (TestActor worker : List.of(WORKER_A, WORKER_B)) {
            answers.add(pool.submit((Callable<HttpResponse<String>>) () -> triage.post("/api/triages/" + id + "/decision", """
                    {"levelRank": 4, "routes": ["STRATEGY_DISCUSSION"], "rationale": "immediate danger",
                     "expectedVersion": %d}""".formatted(version), worker)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(triage.eventsOfType(id, "DecisionRecorded")).isEqualTo(1);
    }

    @Test
    void unknownContactsAndOutOfOrderCommandsAreRefusedWithProblems() throws Exception {
        HttpResponse<String> unknown = triage.post("/api/triages/" + UUID.randomUUID() + "/allocation",
                "{\"worker\": \"worker.a\"}", MANAGER_M);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().contains("problem+json");

        String id = TriageService.publishContact(Contacts.immediateDanger("leicester-leicestershire-rutland", RECEIVED), RECEIVED);
        triage.awaitTriage(id);
        HttpResponse<String> early = triage.post("/api/triages/" + id + "/decision",
                "{\"levelRank\": 4, \"routes\": [\"STRATEGY_DISCUSSION\"], \"rationale\": \"x\"}", WORKER_A);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("allocate");
        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        HttpResponse<String> noRationale = triage.post("/api/triages/" + id + "/decision",
                "{\"levelRank\": 4, \"routes\": [\"STRATEGY_DISCUSSION\", \"TEA\"]}", WORKER_A);
        assertThat(noRationale.statusCode()).isEqualTo(400);
        assertThat(noRationale.body()).contains("\"field\":\"rationale\"", "\"field\":\"routes[1]\"");
        HttpResponse<String> twice = triage.post("/api/triages/" + id + "/decision/authorisation", "{}", MANAGER_M);
        assertThat(twice.statusCode()).isEqualTo(409);
    }

    @Test
    void theReferrersFeedbackDueTimesReachTheTriageTopicWithoutTheSchedulersIds() throws Exception {
        String id = TriageService.publishContact(Contacts.contact("nottingham-city", io.frontdoor.kernel.contact.AgencyType.EDUCATION,
                List.of(), null, RECEIVED, java.time.LocalDate.parse("2017-02-02")), RECEIVED);
        triage.awaitTriage(id);

        EventEnvelope outcome = awaitPublished(id, "FeedbackDue", 1).stream().filter(e -> e.eventType().equals("FeedbackDue"))
                .findFirst().orElseThrow();
        assertThat(outcome.payload().get("kind").asString()).isEqualTo("OUTCOME");
        assertThat(outcome.payload().get("dueAt").asString()).as("Nottingham: an outcome letter within 72 hours of the referral")
                .isEqualTo(RECEIVED.plus(Duration.ofHours(72)).toString());
        assertThat(outcome.payload().propertyNames()).containsExactlyInAnyOrder("contactId", "kind", "dueAt");

        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        Instant before = Instant.now();
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 1, "routes": ["ADVICE_AND_SIGNPOSTING"], "rationale": "universal services meet the need"}""", WORKER_A));
        assertThat(triage.post("/api/triages/" + id + "/decision/authorisation", "{}", MANAGER_N).statusCode())
                .as("authorised if the pack asks for it").isIn(200, 409);
        Instant after = Instant.now();

        EventEnvelope notAccepted = awaitPublished(id, "FeedbackDue", 2).stream().filter(e -> e.eventType().equals("FeedbackDue"))
                .filter(e -> e.payload().get("kind").asString().equals("NOT_ACCEPTED")).findFirst().orElseThrow();
        Instant due = Instant.parse(notAccepted.payload().get("dueAt").asString());
        assertThat(due).as("Nottingham: verbal feedback within 24 hours of a decision not to accept")
                .isBetween(before.plus(Duration.ofHours(24)).minusSeconds(1), after.plus(Duration.ofHours(24)).plusSeconds(1));
        assertThat(notAccepted.payload().propertyNames()).containsExactlyInAnyOrder("contactId", "kind", "dueAt");
    }

    @Test
    void anUpdateThatRaisesTheRiskMovesTheRecommendationAndDueTimeAndAlertsTheQueueThenFlagsTheDecisionForReview() throws Exception {
        var medium = Contacts.policeDomesticAbuse("north-lincolnshire", DashRisk.MEDIUM, RECEIVED);
        String id = TriageService.publishContact(medium, RECEIVED);
        JsonNode opened = triage.awaitTriage(id);
        Instant firstDue = Instant.parse(opened.get("decisionDueAt").asString());

        Instant updatedAt = RECEIVED.plus(Duration.ofHours(1));
        TriageService.publishUpdate(id, 1, Contacts.policeDomesticAbuse("north-lincolnshire", DashRisk.HIGH, RECEIVED),
                List.of("domesticAbuse.dashRisk"), "demoshire-police", updatedAt);
        List<EventEnvelope> published = awaitPublished(id, "UpdateAlert", 1);
        JsonNode evaluated = published.stream().filter(e -> e.eventType().equals("UpdateEvaluated")).findFirst().orElseThrow().payload();
        assertThat(evaluated.get("updateNumber").asInt()).isEqualTo(1);
        assertThat(evaluated.get("raised").toString()).contains("ROUTES");
        assertThat(evaluated.get("recommendation").get("routes").toString()).contains("MARAC");
        assertThat(evaluated.get("sentBy").asString()).isEqualTo("demoshire-police");
        assertThat(Instant.parse(evaluated.get("decisionDueAt").asString())).isBeforeOrEqualTo(firstDue);
        assertThat(evaluated.get("previousDecisionDueAt").asString()).isEqualTo(firstDue.toString());
        JsonNode alert = published.stream().filter(e -> e.eventType().equals("UpdateAlert")).findFirst().orElseThrow().payload();
        assertThat(alert.get("alerted").asString()).isEqualTo("QUEUE");
        JsonNode now = EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + id).body());
        assertThat(now.get("recommendation").get("routes").toString()).contains("MARAC");

        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 4, "routes": ["MARAC", "STRATEGY_DISCUSSION"], "rationale": "high-risk DASH"}""", WORKER_A));
        var immediate = Contacts.policeDomesticAbuse("north-lincolnshire", DashRisk.HIGH, RECEIVED);
        TriageService.publishUpdate(id, 2, new io.frontdoor.kernel.contact.ContactSubmission(immediate.packId(), immediate.externalReference(),
                immediate.channel(), immediate.receivedAt(), immediate.referrer(), immediate.children(), immediate.adults(),
                immediate.concerns(), immediate.domesticAbuse(), true, true, immediate.consent(), immediate.knownToServices()),
                List.of("immediateDanger", "allegationAgainstPersonInPositionOfTrust"), "demoshire-police", updatedAt.plusSeconds(600));
        List<EventEnvelope> afterDecision = awaitPublished(id, "FlaggedForReview", 1);
        JsonNode flagged = afterDecision.stream().filter(e -> e.eventType().equals("FlaggedForReview")).findFirst().orElseThrow().payload();
        assertThat(flagged.get("updateNumber").asInt()).isEqualTo(2);
        assertThat(flagged.get("worker").asString()).isEqualTo("worker.a");
        assertThat(afterDecision.stream().filter(e -> e.eventType().equals("DecisionRecorded")).count())
                .as("the update never re-decides").isEqualTo(1);
        System.out.println("UPDATE EVENTS ON frontdoor.triage.v1: " + afterDecision.stream()
                .filter(e -> List.of("UpdateEvaluated", "UpdateAlert", "FlaggedForReview").contains(e.eventType()))
                .map(e -> e.eventType() + " " + e.payload()).toList());

        var unknownOutcome = triage.post("/api/triages/" + id + "/review", "{\"outcome\": \"FINE\", \"rationale\": \"x\"}", WORKER_A);
        assertThat(unknownOutcome.statusCode()).isEqualTo(400);
        assertThat(unknownOutcome.body()).contains("\"field\":\"outcome\"");
        ok(triage.post("/api/triages/" + id + "/review", """
                {"outcome": "DECISION_REVISED", "rationale": "the update names a person in a position of trust: LADO too",
                 "levelRank": 4, "routes": ["MARAC", "STRATEGY_DISCUSSION", "LADO"]}""", WORKER_A));
        List<EventEnvelope> afterReview = awaitPublished(id, "DecisionReviewed", 1);
        JsonNode reviewed = afterReview.stream().filter(e -> e.eventType().equals("DecisionReviewed")).findFirst().orElseThrow().payload();
        assertThat(reviewed.get("outcome").asString()).isEqualTo("DECISION_REVISED");
        assertThat(reviewed.get("updateNumbers").toString()).isEqualTo("[2]");
        assertThat(reviewed.get("reviewedBy").asString()).as("from the token").isEqualTo(WORKER_A.userId());
        JsonNode revised = afterReview.stream().filter(e -> e.eventType().equals("DecisionRecorded"))
                .filter(e -> e.payload().get("decisionId").asString().equals(reviewed.get("decisionId").asString())).findFirst()
                .orElseThrow().payload();
        assertThat(revised.get("revision").asBoolean()).isTrue();
        assertThat(afterReview.stream().filter(e -> e.eventType().equals("ContactRouted"))
                .map(e -> e.payload().get("route").asString())).as("the revision's new route").contains("LADO");
        assertThat(triage.post("/api/triages/" + id + "/review", """
                {"outcome": "DECISION_STANDS", "rationale": "again"}""", WORKER_A).statusCode())
                .as("the flag is cleared: nothing left to review").isEqualTo(409);
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    static List<EventEnvelope> awaitPublished(String contactId, String type, int count) throws Exception {
        return awaitPublished(contactId, type + " x" + count,
                seen -> seen.stream().filter(e -> e.eventType().equals(type)).count() >= count);
    }

    /** Everything published for the contact on frontdoor.triage.v1, once {@code done} holds for what has been seen. */
    static List<EventEnvelope> awaitPublished(String contactId, String expectation,
                                              java.util.function.Predicate<List<EventEnvelope>> done) throws Exception {
        List<EventEnvelope> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.TRIAGE));
            await(expectation + " for " + contactId + " on " + Topics.TRIAGE).atMost(Duration.ofSeconds(60)).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> {
                        for (var record : consumer.poll(Duration.ofMillis(500))) {
                            if (contactId.equals(record.key())) {
                                seen.add(EventEnvelopes.read(record.value()));
                            }
                        }
                        return done.test(seen);
                    });
        }
        return seen;
    }
}
