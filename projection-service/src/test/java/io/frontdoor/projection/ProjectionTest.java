package io.frontdoor.projection;

import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestIssuer;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.projection.eventlog.IncomingEvent;
import io.frontdoor.projection.eventlog.LiveUpdate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Projection tests run against the real PostgreSQL (and Kafka) of this JVM: given the envelopes a story puts on the
 * topics, recorded through the same path as the Kafka listener, the API shows ... . Every test uses ids of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
public abstract class ProjectionTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected LiveUpdate live;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Records every story's events, one batch per story, in the order given. */
    protected void given(ContactStory... stories) {
        Arrays.stream(stories).forEach(story -> live.record(story.events()));
    }

    /** Records the stories' events interleaved step by step, in one batch, as a busy topic would deliver them. */
    protected void givenInOneBatch(ContactStory... stories) {
        List<IncomingEvent> batch = new ArrayList<>();
        int longest = Arrays.stream(stories).mapToInt(s -> s.events().size()).max().orElse(0);
        for (int step = 0; step < longest; step++) {
            for (ContactStory story : stories) {
                if (step < story.events().size()) {
                    batch.add(story.events().get(step));
                }
            }
        }
        live.record(batch);
    }

    /** Reads everything and changes nothing: the views' tests read as an auditor unless they say otherwise. */
    protected static final TestActor READER = TestActor.auditor("test.auditor");
    protected static final TestActor ADMIN = TestActor.admin("test.admin");

    protected HttpRequest.Builder request(String path, TestActor as) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestIssuer.get().token(as));
    }

    protected HttpResponse<String> call(String path) throws Exception {
        return call(path, path.startsWith("/api/admin/") ? ADMIN : READER);
    }

    protected HttpResponse<String> call(String path, TestActor as) throws Exception {
        return http.send(request(path, as).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode get(String path) throws Exception {
        return get(path, path.startsWith("/api/admin/") ? ADMIN : READER);
    }

    protected JsonNode get(String path, TestActor as) throws Exception {
        HttpResponse<String> response = call(path, as);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return EventEnvelopes.JSON.readTree(response.body());
    }

    protected static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).isNull() ? null : node.path(field).asString()));
        return values;
    }
}
