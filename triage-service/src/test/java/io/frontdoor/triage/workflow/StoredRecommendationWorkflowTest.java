package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.triage.triage.TriageEvents.TriageOpened;
import io.frontdoor.triage.triage.TriageEvents.UpdateEvaluated;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * The running service stores events as JSON (Jackson 3, not XStream), its recommendation a JSON object; a triage whose
 * events were stored while the recommendation was a Jackson {@code JsonNode} (the fixtures are such payloads) is read
 * from the real event store and answered over REST as it was then.
 */
class StoredRecommendationWorkflowTest {

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    static String fixture(String name) throws Exception {
        return new ClassPathResource("events/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eventsAreStoredAsJsonWithTheRecommendationAsAJsonObject() {
        assertThat(triage.bean("eventSerializer", Serializer.class)).isInstanceOf(Jackson3Serializer.class);
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = TriageService.publishContact(Contacts.immediateDanger("leicester-leicestershire-rutland", received), received);
        JsonNode answered = triage.awaitTriage(id);

        String payload = triage.jdbc().queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?""",
                String.class, id, TriageOpened.class.getName());
        JsonNode stored = EventEnvelopes.JSON.readTree(payload).get("recommendation");
        assertThat(stored.isObject()).isTrue();
        assertThat(stored).isEqualTo(answered.get("recommendation"));
    }

    @Test
    void aTriageStoredWithAJsonNodeRecommendationIsAnsweredAsBefore() throws Exception {
        String id = UUID.randomUUID().toString();
        store(id, 0, TriageOpened.class, fixture("triage-opened-recommendation-jsonnode.json"));
        assertThat(recommendations(id)).isEqualTo(expected("triage-opened-recommendation-read.json"));

        store(id, 1, UpdateEvaluated.class, fixture("update-evaluated-recommendation-jsonnode.json"));
        assertThat(recommendations(id)).isEqualTo(expected("update-evaluated-recommendation-read.json"));
    }

    private void store(String contactId, long sequence, Class<?> type, String payload) {
        triage.jdbc().update("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, ?, 'Triage', ?, ?, NULL, ?, ?)""",
                UUID.randomUUID().toString(), contactId, sequence, Instant.parse("2026-11-18T10:15:00Z").plusSeconds(sequence).toString(),
                type.getName(), payload.replace("contact-old-1", contactId).getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** The view's and the state's recommendation as GET /api/triages/{id} and /state answer them. */
    private List<JsonNode> recommendations(String contactId) {
        return List.of("", "/state").stream().map(path -> {
            var answer = triage.get("/api/triages/" + contactId + path);
            assertThat(answer.statusCode()).isEqualTo(200);
            return EventEnvelopes.JSON.readTree(answer.body()).get("recommendation");
        }).toList();
    }

    private static List<JsonNode> expected(String name) throws Exception {
        return fixture(name).lines().map(EventEnvelopes.JSON::readTree).toList();
    }
}
