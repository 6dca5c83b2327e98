package io.frontdoor.intake.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.ApiClient;
import io.frontdoor.infra.InfraProperties;
import io.frontdoor.infra.TestActor;
import io.frontdoor.platform.messaging.EventEnvelopes;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The partner feed's published contracts, read as a partner system reads them (signed in; who else may: ContactAccessTest). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchemaApiTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        InfraProperties.register(registry);
    }

    @LocalServerPort
    int port;

    static final TestActor PARTNER_SYSTEM = TestActor.partner("demoshire-police", "POLICE");

    HttpResponse<String> get(String path) {
        return new ApiClient("http://localhost:" + port).get(path, PARTNER_SYSTEM);
    }

    @Test
    void listsEveryMessageTypeInAndTheFeedbackOut() throws Exception {
        JsonNode list = EventEnvelopes.JSON.readTree(get("/api/schemas").body());

        assertThat(list.valueStream().map(s -> s.get("type").asString() + "/" + s.get("version").asInt() + " " + s.get("direction").asString()))
                .containsExactlyInAnyOrder("police-domestic-abuse/1 IN", "police-child-concern/1 IN", "health-safeguarding/1 IN",
                        "education-referral/1 IN", "multi-agency-referral/1 IN", "partner-feedback/1 OUT");
    }

    @Test
    void servesEachSchemaAndAnswers404ForAnUnknownOne() throws Exception {
        HttpResponse<String> schema = get("/api/schemas/police-domestic-abuse/1");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type")).get().asString().startsWith("application/schema+json");
        JsonNode json = EventEnvelopes.JSON.readTree(schema.body());
        assertThat(json.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(json.get("required").valueStream().map(JsonNode::asString))
                .contains("forceReference", "incident", "dashRisk", "childrenInHousehold", "officer");

        assertThat(get("/api/schemas/partner-feedback/1").statusCode()).isEqualTo(200);
        assertThat(get("/api/schemas/police-domestic-abuse/2").statusCode()).isEqualTo(404);
    }
}
