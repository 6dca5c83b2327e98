package io.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.LevelV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static final TestActor POLICE_REFERRER = TestActor.partner("police-system", "POLICE");

    static String contact(String reference) {
        return """
                {"packId": "luton", "externalReference": "%s", "channel": "PARTNER_API",
                 "receivedAt": "2026-11-20T10:15:00Z",
                 "referrer": {"agencyType": "POLICE", "agencyName": "Testshire Police", "name": "PC Example"},
                 "children": [{"givenName": "Testchild", "familyName": "Example", "dateOfBirth": "2022-03-01",
                               "nhsNumber": "9434765919", "address": {"line1": "1 Example Row", "postcode": "LU1 2BQ"}}],
                 "concerns": {"indicatorIds": [], "narrative": "synthetic test narrative"},
                 "consent": {"status": "GIVEN"}}
                """.formatted(reference);
    }

    HttpResponse<String> post(String body) {
        return new ApiClient("http://localhost:" + port).post("/api/contacts", body, POLICE_REFERRER);
    }

    JsonNode json(HttpResponse<String> response) {
        return EventEnvelopes.JSON.readTree(response.body());
    }

    long eventsFor(String contactId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, contactId);
    }

    long allEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void acceptsAContactWithItsIdAndLocation() throws Exception {
        HttpResponse<String> response = post(contact("POL-" + UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(201);
        String contactId = json(response).get("contactId").asString();
        assertThat(response.headers().firstValue("Location")).contains("/api/contacts/" + contactId);
        assertThat(eventsFor(contactId)).isEqualTo(1);
    }

    @Test
    void returnsCodesAreAcceptedAndAContactWithoutThemStaysValid() throws Exception {
        HttpResponse<String> withCodes = post(contact("CODES-1")
                .replace("\"dateOfBirth\": \"2022-03-01\",", "\"dateOfBirth\": \"2022-03-01\", \"gender\": \"FEMALE\", \"ethnicity\": \"NOBT\", \"disabilities\": [\"AUT\"],"));
        assertThat(withCodes.statusCode()).as(withCodes.body()).isEqualTo(201);
        assertThat(post(contact("CODES-2")).statusCode()).isEqualTo(201);
    }

    @Test
    void theSameReferenceSentAgainIsTheSameContactAndRecordsNothingNew() throws Exception {
        String body = contact("POL-" + UUID.randomUUID());
        String first = json(post(body)).get("contactId").asString();

        HttpResponse<String> again = post(body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("contactId").asString()).isEqualTo(first);
        assertThat(json(again).get("duplicate").asBoolean()).isTrue();
        assertThat(eventsFor(first)).isEqualTo(1);
    }

    @Test
    void aChangedResendIsKeptAsAnUpdateStatedInTheAnswerAndPublished() throws Exception {
        String body = contact("POL-" + UUID.randomUUID());
        String contactId = json(post(body)).get("contactId").asString();

        HttpResponse<String> update = post(body.replace("synthetic test narrative", "synthetic test narrative; knife used")
                .replace("LU1 2BQ", "LU2 7AB"));

        assertThat(update.statusCode()).isEqualTo(200);
        System.out.println("UPDATE ANSWER: " + update.statusCode() + " " + update.body());
        JsonNode answer = json(update);
        assertThat(answer.get("contactId").asString()).isEqualTo(contactId);
        assertThat(answer.get("duplicate").asBoolean()).isFalse();
        assertThat(answer.get("updated").asBoolean()).isTrue();
        assertThat(answer.get("updateNumber").asInt()).isEqualTo(1);
        assertThat(answer.get("changes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("children[0].address.postcode", "concerns.narrative");
        assertThat(eventsFor(contactId)).isEqualTo(2);

        HttpResponse<String> sameUpdateAgain = post(body.replace("synthetic test narrative", "synthetic test narrative; knife used")
                .replace("LU1 2BQ", "LU2 7AB"));
        assertThat(json(sameUpdateAgain).get("duplicate").asBoolean()).isTrue();
        assertThat(json(sameUpdateAgain).get("updated").asBoolean()).isFalse();
        assertThat(eventsFor(contactId)).isEqualTo(2);

        JsonNode published = EventEnvelopes.read(KafkaTopics.first(Topics.CONTACTS,
                r -> contactId.equals(r.key()) && r.value().contains("\"ContactUpdated\""), Duration.ofSeconds(30)).value()).payload();
        assertThat(published.get("updateNumber").asInt()).isEqualTo(1);
        assertThat(published.get("sentBy").asString()).isEqualTo(POLICE_REFERRER.userId());
        assertThat(published.get("submission").get("concerns").get("narrative").asString()).endsWith("knife used");
        assertThat(published.get("changes").size()).isEqualTo(2);
        assertThat(published.get("recordedAt").asString()).isNotEmpty();
    }

    @Test
    void twoDifferentUpdatesRacingAreBothKeptInOrder() throws Exception {
        String body = contact("POL-" + UUID.randomUUID());
        String contactId = json(post(body)).get("contactId").asString();
        var pool = Executors.newFixedThreadPool(2);
        Future<HttpResponse<String>> high = pool.submit(() -> post(body.replace("synthetic test narrative", "update A")));
        Future<HttpResponse<String>> moved = pool.submit(() -> post(body.replace("LU1 2BQ", "LU2 7AB")));
        List<Integer> numbers = new ArrayList<>(List.of(json(high.get()).get("updateNumber").asInt(),
                json(moved.get()).get("updateNumber").asInt()));
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrder(1, 2);
        assertThat(eventsFor(contactId)).isEqualTo(3);
        JsonNode record = json(new ApiClient("http://localhost:" + port).get("/api/contacts/" + contactId, TestActor.practitioner("pat")));
        assertThat(record.get("updates").size()).isEqualTo(2);
        assertThat(record.get("updates").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(record.get("updates").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(record.get("current")).isEqualTo(record.get("updates").get(1).get("submission"));
        assertThat(record.get("updates").get(1).get("changes").valueStream().map(JsonNode::asString).toList())
                .as("the second is compared with the first update, not the original")
                .containsExactlyInAnyOrder("concerns.narrative", "children[0].address.postcode");
    }

    @Test
    void theWholeReferralIsReadableWithEveryUpdateInOrderAndItsStatusFromTriage() throws Exception {
        String body = contact("POL-" + UUID.randomUUID());
        String contactId = json(post(body)).get("contactId").asString();
        post(body.replace("synthetic test narrative", "second version"));
        post(body.replace("synthetic test narrative", "third version"));
        ApiClient api = new ApiClient("http://localhost:" + port);

        HttpResponse<String> read = api.get("/api/contacts/" + contactId, TestActor.practitioner("pat"));

        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode record = json(read);
        assertThat(record.propertyNames()).containsExactly("contactId", "status", "receivedAt", "recordedAt", "sender",
                "submission", "updates", "current");
        assertThat(record.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(record.get("receivedAt").asString()).isEqualTo("2026-11-20T10:15:00Z");
        assertThat(record.get("sender").isNull()).isTrue();
        JsonNode first = record.get("submission");
        assertThat(first.get("concerns").get("narrative").asString()).isEqualTo("synthetic test narrative");
        assertThat(first.get("children").get(0).get("nhsNumber").asString()).isEqualTo("9434765919");
        assertThat(first.get("children").get(0).get("address").get("line1").asString()).isEqualTo("1 Example Row");
        assertThat(record.get("updates").size()).isEqualTo(2);
        JsonNode second = record.get("updates").get(1);
        assertThat(second.propertyNames()).containsExactly("number", "receivedAt", "recordedAt", "sentBy", "changes", "submission");
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("sentBy").asString()).isEqualTo(POLICE_REFERRER.userId());
        assertThat(second.get("changes").get(0).asString()).isEqualTo("concerns.narrative");
        assertThat(second.get("submission").get("concerns").get("narrative").asString()).isEqualTo("third version");
        assertThat(record.get("current").get("concerns").get("narrative").asString()).isEqualTo("third version");
        System.out.println("GET /api/contacts/" + contactId + ": " + read.body());

        publishTriageEvent(contactId, TriageOpenedV1.TYPE, Map.of("contactId", contactId));
        awaitStatus(api, contactId, "IN_TRIAGE");
        publishTriageEvent(contactId, DecisionRecordedV1.TYPE, decision(contactId, "d-1", true, false));
        awaitStatus(api, contactId, "AWAITING_AUTHORISATION");
        publishTriageEvent(contactId, DecisionAuthorisedV1.TYPE, new DecisionAuthorisedV1(contactId, "d-1", "max"));
        awaitStatus(api, contactId, "DECIDED");
        publishTriageEvent(contactId, TriageClosedV1.TYPE, new TriageClosedV1(contactId, "DECIDED_AND_FED_BACK"));
        awaitStatus(api, contactId, "CLOSED");
        publishTriageEvent(contactId, DecisionRecordedV1.TYPE, decision(contactId, "d-2", false, true));
        Thread.sleep(2000);
        assertThat(json(api.get("/api/contacts/" + contactId, POLICE_REFERRER)).get("status").asString()).isEqualTo("CLOSED");
    }

    static DecisionRecordedV1 decision(String contactId, String decisionId, boolean authorisationRequired, boolean revision) {
        return new DecisionRecordedV1(contactId, decisionId, new LevelV1("TARGETED", 3, "Level 3"), List.of("SECTION_17_ASSESSMENT"),
                "synthetic rationale", "pat", "NONE", authorisationRequired, null, true, revision);
    }

    static void publishTriageEvent(String contactId, String type, Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), type, 1, contactId, java.time.Instant.now(),
                EventEnvelopes.toTree(payload));
        io.frontdoor.intake.partnerfeed.KafkaClient.send(Topics.TRIAGE, null, contactId, EventEnvelopes.write(envelope));
    }

    void awaitStatus(ApiClient api, String contactId, String status) {
        await("status " + status).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> json(api.get("/api/contacts/" + contactId, TestActor.practitioner("pat"))).get("status").asString(),
                        status::equals);
    }

    @Test
    void racingResendsRecordOneContact() throws Exception {
        String body = contact("POL-" + UUID.randomUUID());
        var pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            responses.add(pool.submit((Callable<HttpResponse<String>>) () -> post(body)));
        }
        List<String> ids = new ArrayList<>();
        int created = 0;
        for (var f : responses) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).isIn(200, 201);
            created += r.statusCode() == 201 ? 1 : 0;
            ids.add(json(r).get("contactId").asString());
        }
        pool.shutdown();

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(created).isEqualTo(1);
        assertThat(eventsFor(ids.get(0))).isEqualTo(1);
    }

    @Test
    void aDateThatDoesNotExistOrIsNotIso8601NamesItsField() throws Exception {
        long before = allEvents();
        Map<String, String> cases = Map.of(
                contact("D-1").replace("2022-03-01", "2026-02-30"), "children[0].dateOfBirth",
                contact("D-2").replace("2022-03-01", "01/03/2022"), "children[0].dateOfBirth",
                contact("D-3").replace("2026-11-20T10:15:00Z", "01/03/2022"), "receivedAt",
                contact("D-4").replace("\"consent\": {", "\"consent\": {\"signedBy\": \"x\", "), "consent.signedBy");
        for (var c : cases.entrySet()) {
            HttpResponse<String> response = post(c.getKey());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).as(response.body()).containsExactly(c.getValue());
            assertThat(response.body()).doesNotContain("missing or unreadable");
        }
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void badInputNamesEachFieldAtFaultAndRecordsNothing() throws Exception {
        long before = allEvents();
        Map<String, List<String>> cases = Map.of(
                "{\"packId\": \"luton\", ", List.of("$"),
                contact("X-1").replace("\"children\": [{", "\"kids\": [{"), List.of("kids"),
                contact("X-2").replace("2022-03-01", "2099-01-01"), List.of("children[0].dateOfBirth"),
                contact("X-3").replace("\"luton\"", "\"atlantis\""), List.of("packId"),
                contact("X-4").replace("\"POLICE\"", "\"SPACE_AGENCY\""), List.of("referrer.agencyType"),
                contact("X-5").replace("9434765919", "9434765918").replace("LU1 2BQ", "QQ1 2BQ"),
                List.of("children[0].nhsNumber", "children[0].address.postcode"),
                contact("X-6").replace("\"indicatorIds\": []", "\"indicatorIds\": [\"luton.l2.child.education.late-truanting-non-attendance\", \"luton.l9.invented\"]"),
                List.of("concerns.indicatorIds[1]"),
                contact("X-7").replace("\"dateOfBirth\": \"2022-03-01\",", "\"dateOfBirth\": \"2022-03-01\", \"ethnicity\": \"WBRX\","),
                List.of("children[0].ethnicity"),
                contact("X-8").replace("\"dateOfBirth\": \"2022-03-01\",", "\"dateOfBirth\": \"2022-03-01\", \"disabilities\": [\"NONE\", \"AUT\"],"),
                List.of("children[0].disabilities"),
                contact("X-9").replace("\"name\": \"PC Example\"", "\"name\": \"PC Example\", \"service\": \"GP\""),
                List.of("referrer.service"));
        for (var c : cases.entrySet()) {
            HttpResponse<String> response = post(c.getKey());
            assertThat(response.statusCode()).as(c.getValue().toString()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            List<String> fields = new ArrayList<>();
            json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).as(response.body()).containsExactlyInAnyOrderElementsOf(c.getValue());
        }
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void anAcceptedContactIsPublishedToTheContactsTopicKeyedByItsId() throws Exception {
        String contactId = json(post(contact("POL-" + UUID.randomUUID()))).get("contactId").asString();
        EventEnvelope envelope = EventEnvelopes.read(
                KafkaTopics.first(Topics.CONTACTS, record -> contactId.equals(record.key()), Duration.ofSeconds(30)).value());
        assertThat(envelope.eventType()).isEqualTo("ContactReceived");
        assertThat(envelope.contactId()).isEqualTo(contactId);
        assertThat(envelope.payload().get("submission").get("packId").asString()).isEqualTo("luton");
    }
}
