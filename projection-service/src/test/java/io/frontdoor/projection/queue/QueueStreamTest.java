package io.frontdoor.projection.queue;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.net.URI;
import io.frontdoor.infra.TestActor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QueueStreamTest extends ProjectionTest {

    record Message(String event, JsonNode data) {
    }

    /** Reads a Server-Sent Events stream into messages. */
    static BlockingQueue<Message> listen(Stream<String> lines) {
        BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        CompletableFuture.runAsync(() -> {
            String[] event = {null};
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    messages.add(new Message(event[0], EventEnvelopes.JSON.readTree(line.substring(5))));
                }
            });
        });
        return messages;
    }

    static Message next(BlockingQueue<Message> messages) throws InterruptedException {
        Message message = messages.poll(30, TimeUnit.SECONDS);
        assertThat(message).as("a message within 30 seconds").isNotNull();
        return message;
    }

    @Test
    void pushesASnapshotThenEachChangeThatPassesTheFilter() throws Exception {
        clock.set("2026-11-24T12:00:00Z");
        String pack = unique("pack");
        ContactStory before = contact(unique("before"), pack, "2026-11-24T08:00:00Z").child("A", "B", "2019-01-01")
                .received().opened("GREEN", Duration.ofHours(72));
        given(before);
        HttpResponse<Stream<String>> response = http.send(request("/api/queue/stream?pack=" + pack, TestActor.practitioner("pat")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<Message> messages = listen(response.body());

        Message snapshot = next(messages);
        assertThat(snapshot.event()).isEqualTo("snapshot");
        assertThat(texts(snapshot.data(), "contactId")).containsExactly(before.contactId());

        ContactStory arriving = contact(unique("arriving"), pack, "2026-11-24T11:00:00Z").child("C", "D", "2018-01-01")
                .received().opened("RED", Duration.ofHours(4));
        ContactStory elsewhere = contact(unique("elsewhere"), unique("other-pack"), "2026-11-24T11:00:00Z").child("E", "F", "2018-01-01")
                .received();
        given(arriving, elsewhere);
        Message first = next(messages);
        Message second = next(messages);
        assertThat(first.event()).isEqualTo("changes");
        assertThat(texts(first.data().get("upserts"), "contactId")).containsExactly(arriving.contactId());
        assertThat(first.data().get("upserts").get(0).get("rag").asString()).isEqualTo("RED");
        assertThat(second.data().get("upserts").size()).as("another pack's contact does not pass the filter").isZero();

        live.record(List.copyOf(before.closed("NFA").events().subList(2, 3)));
        Message closed = next(messages);
        assertThat(closed.data().get("removed").get(0).asString()).isEqualTo(before.contactId());
        response.body().close();
    }
}
