package io.frontdoor.triage.workflow;

import static io.frontdoor.triage.workflow.TriageWorkflowTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The typed view of a triage as it stands ({@code GET /api/triages/{id}/state}), and a worker closing a contact that
 * cannot be fed back or needs no further work, through the real API, broker and database.
 */
class TriageStateAndClosureTest {

    static final Instant RECEIVED = TriageWorkflowTest.RECEIVED;
    static final TestActor WORKER = TestActor.practitioner("worker.a");
    static final TestActor MANAGER = TestActor.manager("manager.m");
    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    @Test
    void theStateSaysWhereTheTriageStandsAndAClosureByAWorkerIsPublishedWithItsReasonAndWhoClosedIt() throws Exception {
        String id = TriageService.publishContact(Contacts.immediateDanger("nottingham-city", RECEIVED), RECEIVED);
        triage.awaitTriage(id);
        ok(triage.post("/api/triages/" + id + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER));
        ok(triage.post("/api/triages/" + id + "/partner-checks", "{\"agency\": \"HEALTH\", \"question\": \"known to the GP?\"}", WORKER));
        ok(triage.post("/api/triages/" + id + "/decision", """
                {"levelRank": 4, "routes": ["STRATEGY_DISCUSSION"], "rationale": "child in immediate danger at school"}""", WORKER));

        JsonNode decided = state(id);
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("rag").asString()).isEqualTo("RED");
        assertThat(decided.get("allocatedTo").asString()).isEqualTo("worker.a");
        assertThat(decided.get("recommendation").get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(decided.get("checks").get(0).get("question").asString()).isEqualTo("known to the GP?");
        assertThat(decided.get("checks").get(0).get("response").isNull()).isTrue();
        assertThat(decided.get("decisions").get(0).get("level").get("rank").asInt()).isEqualTo(4);
        assertThat(decided.get("decisions").get(0).get("authorisation").isNull()).as("no authorisation needed").isTrue();
        assertThat(decided.get("routes").get(0).get("route").asString()).isEqualTo("STRATEGY_DISCUSSION");
        assertThat(decided.get("feedbackClocks").toString()).contains("\"kind\":\"OUTCOME\"");
        assertThat(decided.get("version").asLong()).as("the version to decide on, as the event view says")
                .isEqualTo(EventEnvelopes.JSON.readTree(triage.get("/api/triages/" + id, WORKER).body()).get("version").asLong());
        assertThat(decided.get("closure").isNull()).isTrue();
        assertThat(decided.toString()).as("the submission (names, addresses) is intake's to show").doesNotContain("submission");

        HttpResponse<String> unknownDuplicate = triage.post("/api/triages/" + id + "/closure",
                "{\"reason\": \"DUPLICATE\", \"duplicateOf\": \"" + UUID.randomUUID() + "\"}", WORKER);
        assertThat(unknownDuplicate.statusCode()).as(unknownDuplicate.body()).isEqualTo(400);
        assertThat(unknownDuplicate.body()).contains("\"field\":\"duplicateOf\"");
        HttpResponse<String> noSuchReason = triage.post("/api/triages/" + id + "/closure", "{\"reason\": \"BORED\"}", WORKER);
        assertThat(noSuchReason.statusCode()).isEqualTo(400);
        assertThat(noSuchReason.body()).contains("\"field\":\"reason\"");

        ok(triage.post("/api/triages/" + id + "/closure",
                "{\"reason\": \"REFERRER_TOLD_ANOTHER_WAY\", \"note\": \"the school heard at the strategy discussion\"}", WORKER));
        HttpResponse<String> again = triage.post("/api/triages/" + id + "/closure", "{\"reason\": \"NO_FURTHER_WORK\"}", WORKER);
        assertThat(again.statusCode()).isEqualTo(409);

        JsonNode closed = state(id);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closure").get("outcome").asString()).isEqualTo("REFERRER_TOLD_ANOTHER_WAY");
        assertThat(closed.get("closure").get("closedBy").asString()).as("who closed it, from the token").isEqualTo("worker.a");
        List<EventEnvelope> published = TriageWorkflowTest.awaitPublished(id, "TriageClosed", 1);
        EventEnvelope closure = published.stream().filter(e -> e.eventType().equals("TriageClosed")).findFirst().orElseThrow();
        assertThat(closure.payload().get("outcome").asString()).isEqualTo("REFERRER_TOLD_ANOTHER_WAY");
        assertThat(closure.payload().get("closedBy").asString()).isEqualTo("worker.a");
        assertThat(closure.payload().get("note").asString()).isEqualTo("the school heard at the strategy discussion");
    }

    @Test
    void anUndecidedContactClosesOnlyAsADuplicateOfAnotherContact() throws Exception {
        String first = TriageService.publishContact(Contacts.immediateDanger("luton", RECEIVED), RECEIVED);
        String second = TriageService.publishContact(Contacts.immediateDanger("luton", RECEIVED), RECEIVED);
        triage.awaitTriage(first);
        triage.awaitTriage(second);

        HttpResponse<String> undecided = triage.post("/api/triages/" + second + "/closure", "{\"reason\": \"ANONYMOUS_REFERRER\"}", WORKER);
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(undecided.body()).contains("decision is final");
        assertThat(state(second).get("status").asString()).isEqualTo("OPEN");

        ok(triage.post("/api/triages/" + second + "/closure", "{\"reason\": \"DUPLICATE\", \"duplicateOf\": \"" + first + "\"}", WORKER));
        JsonNode closed = state(second);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closure").get("duplicateOf").asString()).isEqualTo(first);
        assertThat(state(first).get("status").asString()).as("the other contact goes on").isEqualTo("OPEN");
    }

    private static JsonNode state(String id) {
        HttpResponse<String> answer = triage.get("/api/triages/" + id + "/state", WORKER);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return EventEnvelopes.JSON.readTree(answer.body());
    }
}
