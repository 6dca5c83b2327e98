package io.frontdoor.projection.queue;

import static io.frontdoor.infra.AccessTable.NO_TOKEN;
import static io.frontdoor.infra.AccessTable.caller;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.AccessTable;
import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.infra.TestIssuer;
import io.frontdoor.kernel.event.EventEnvelopes;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The queue is for those who read cases; its page and scripts carry no data and are open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueueAccessTest {

    static final AccessTable TABLE = AccessTable.columns(NO_TOKEN,
                    caller("police referrer", TestActor.partner("police.referrer", "POLICE")),
                    caller("practitioner", TestActor.practitioner("pat")), caller("manager", TestActor.manager("max")),
                    caller("auditor", TestActor.auditor("alex")), caller("admin", TestActor.admin("ada")),
                    caller("no role", TestActor.noRole("nora")))
            .row("GET /api/queue", 401, 403, 200, 200, 200, 403, 403)
            .row("GET /api/audit/access?user=pat", 401, 403, 403, 403, 200, 403, 403)
            .row("GET /", 200, 200, 200, 200, 200, 200, 200)
            .row("GET /assets/queue.js", 200, 200, 200, 200, 200, 200, 200)
            .row("GET /ui/sign-in", 200, 200, 200, 200, 200, 200, 200)
            .row("GET /api/admin/rebuilds", 401, 403, 403, 403, 403, 404, 403)
            .row("POST /api/queue", 401, 403, 403, 403, 403, 403, 403);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static Stream<AccessTable.Case> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEndpointAnswersEachCallerAsItsRuleSays(AccessTable.Case expected) {
        String[] call = expected.endpoint().split(" ", 2);
        TestActor actor = expected.caller().actor();
        AccessTable.assertAnswer(expected, api().send(call[0], call[1], call[0].equals("POST") ? "{}" : null,
                actor == null ? null : TestIssuer.get().token(actor)));
    }

    @Test
    void aContactPublishedByIntakeIsInTheQueueForAPractitioner() throws Exception {
        String contactId = ContactsTopic.publish(io.frontdoor.infra.SyntheticPersonalData.contact("POLICE", "Q-1"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> queue = api().get("/api/queue", TestActor.practitioner("pat"));
            assertThat(queue.statusCode()).isEqualTo(200);
            for (JsonNode entry : EventEnvelopes.JSON.readTree(queue.body())) {
                if (entry.get("contactId").asString().equals(contactId)) {
                    assertThat(entry.get("referrerAgency").asString()).isEqualTo("POLICE");
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("contact " + contactId + " never reached the queue");
    }

    @Test
    void thePageNamesTheIssuerAndItsPublicClient() {
        JsonNode signIn = EventEnvelopes.JSON.readTree(api().get("/ui/sign-in", null).body());
        assertThat(signIn.get("issuer").asString()).isEqualTo(TestIssuer.get().issuerUri());
        assertThat(signIn.get("clientId").asString()).isEqualTo("frontdoor-web");
    }
}
