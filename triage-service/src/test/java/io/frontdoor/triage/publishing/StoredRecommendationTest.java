package io.frontdoor.triage.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.triage.triage.TriageEvents.TriageOpened;
import io.frontdoor.triage.triage.TriageEvents.UpdateEvaluated;
import io.frontdoor.triage.triage.TriageReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Events stored while {@code recommendation} was a Jackson {@code JsonNode} read as the same document now that it is a
 * plain map. The fixtures {@code events/*-recommendation-jsonnode.json} are the payloads Axon's event serializer
 * ({@code axon.serializer.events=jackson3}, built as here) wrote for such events before the change; the
 * {@code *-published.json} and {@code *-read.json} fixtures are what the topic record and the REST answers (the view,
 * then the state) held for them then. The stored form is a JSON object either way, so no upcaster is needed.
 */
class StoredRecommendationTest {

    static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder().build();

    final TriageEventsToKafka mapper = new TriageEventsToKafka(new PublicTriageEvents());
    final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    final TriageReader reader = new TriageReader(store);

    @AfterEach
    void stop() {
        store.shutDown();
    }

    static String fixture(String name) throws Exception {
        return new ClassPathResource("events/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    static <T> T stored(String name, Class<T> type) throws Exception {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(fixture(name).getBytes(StandardCharsets.UTF_8), byte[].class,
                type.getName(), null));
    }

    static JsonNode json(String text) {
        return EventEnvelopes.JSON.readTree(text);
    }

    private JsonNode published(Object event) {
        return EventEnvelopes.JSON.valueToTree(mapper.map(event).orElseThrow().payload());
    }

    /** The view's and the state's recommendation, as the REST answers show them. */
    private List<JsonNode> read(String contactId) {
        return List.of(EventEnvelopes.JSON.valueToTree(reader.read(contactId).recommendation()),
                EventEnvelopes.JSON.valueToTree(reader.state(contactId).recommendation()));
    }

    @Test
    void aTriageOpenedStoredWithAJsonNodeRecommendationReadsAsTheSameDocument() throws Exception {
        TriageOpened opened = stored("triage-opened-recommendation-jsonnode.json", TriageOpened.class);

        assertThat(opened.recommendation()).containsEntry("rag", "AMBER").containsEntry("previousContactsIn12Months", 2)
                .containsEntry("previouslySubjectToPlanOrReferral", true).containsEntry("score", 2.5)
                .containsEntry("big", 12345678901234L).containsEntry("nothing", null)
                .containsEntry("pack", Map.of("id", "luton", "version", "7"));
        assertThat(opened.recommendation().get("advice")).isEqualTo(List.of("seek consent", "history: two earlier contacts"));
        // stored again, it is the same JSON as before
        assertThat(json(new String(SERIALIZER.serialize(opened, byte[].class).getData(), StandardCharsets.UTF_8)))
                .isEqualTo(json(fixture("triage-opened-recommendation-jsonnode.json")));

        assertThat(published(opened)).isEqualTo(json(fixture("triage-opened-recommendation-published.json")));
        store.publish(new GenericDomainEventMessage<>("Triage", opened.contactId(), 0, opened));
        assertThat(read(opened.contactId())).isEqualTo(fixture("triage-opened-recommendation-read.json").lines()
                .map(StoredRecommendationTest::json).toList());
    }

    @Test
    void anUpdateEvaluatedStoredWithAJsonNodeRecommendationReadsAsTheSameDocument() throws Exception {
        TriageOpened opened = stored("triage-opened-recommendation-jsonnode.json", TriageOpened.class);
        UpdateEvaluated evaluated = stored("update-evaluated-recommendation-jsonnode.json", UpdateEvaluated.class);

        assertThat(evaluated.recommendation()).containsEntry("rag", "RED").containsEntry("big", 12345678901234L);
        assertThat(json(new String(SERIALIZER.serialize(evaluated, byte[].class).getData(), StandardCharsets.UTF_8)))
                .isEqualTo(json(fixture("update-evaluated-recommendation-jsonnode.json")));

        assertThat(published(evaluated)).isEqualTo(json(fixture("update-evaluated-recommendation-published.json")));
        store.publish(new GenericDomainEventMessage<>("Triage", opened.contactId(), 0, opened),
                new GenericDomainEventMessage<>("Triage", opened.contactId(), 1, evaluated));
        assertThat(read(opened.contactId())).isEqualTo(fixture("update-evaluated-recommendation-read.json").lines()
                .map(StoredRecommendationTest::json).toList());
    }
}
