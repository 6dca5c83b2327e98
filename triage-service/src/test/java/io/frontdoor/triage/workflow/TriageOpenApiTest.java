package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.platform.messaging.EventEnvelopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The published API description: who acts comes from the token, so no request names the actor. */
class TriageOpenApiTest {

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    @Test
    void noRequestNamesWhoActs() throws Exception {
        var response = triage.get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode api = EventEnvelopes.JSON.readTree(response.body());

        assertThat(api.get("paths").propertyNames()).contains("/api/triages/{contactId}/disagreements",
                "/api/escalations/{escalationId}/stage-outcome", "/api/da-triage/meetings/{pack}/{date}/opening",
                "/api/da-triage/meetings/{pack}/{date}/items/{contactId}/outcome", "/api/early-help/{episodeId}/consent");
        List<String> parameters = new ArrayList<>();
        api.get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("parameters")) {
                operation.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
            }
        }));
        assertThat(parameters).as("the actor is the token's, never a parameter").doesNotContain("actor", "userId", "roles");
        assertThat(api.get("components").get("schemas").get("Disagreement").get("properties").propertyNames())
                .containsExactlyInAnyOrder("reason", "concernLevel");
        List<String> requestFields = new ArrayList<>();
        api.get("paths").forEach(path -> path.forEach(operation -> operation.path("requestBody").path("content")
                .forEach(media -> fieldsOf(api, media.path("schema"), requestFields))));
        assertThat(requestFields).as("what a request may say (an answer may say who acted: the typed triage state does)")
                .isNotEmpty().doesNotContain("raisedBy", "raisedByAgency", "recordedBy", "decidedBy", "allocatedBy", "closedBy", "chair");
    }

    /** The kernel's timescale carries no JSON annotation: the service's mapper writes it in the pack's own shape. */
    @Test
    void aRecommendationsTimescaleIsWrittenInThePacksShape() throws Exception {
        var response = triage.post("/api/threshold/evaluate?pack=luton", """
                {"packId": "luton", "referrer": {"agencyType": "POLICE"},
                 "children": [{"givenName": "Testchild", "familyName": "Example", "dateOfBirth": "2020-02-02"}],
                 "concerns": {"indicatorIds": ["luton.l1.child.health.needs-met-by-universal-services"]}}
                """);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        JsonNode duration = EventEnvelopes.JSON.readTree(response.body()).path("decisionTimescale").path("duration");
        assertThat(duration.propertyNames()).as(response.body()).hasSize(1).containsAnyOf("workingHours", "workingDays");
    }

    /** The property names of a request body's schema and of every schema it refers to. */
    private static void fieldsOf(JsonNode api, JsonNode schema, List<String> into) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            fieldsOf(api, api.get("components").get("schemas").get(name), into);
            return;
        }
        schema.path("properties").properties().forEach(property -> {
            into.add(property.getKey());
            fieldsOf(api, property.getValue(), into);
        });
        fieldsOf(api, schema.path("items"), into);
    }

    /** Swagger UI's "Authorize" needs the scheme declared; the generated robustness test needs the rest to be true. */
    @Test
    void theDescriptionDeclaresTheBearerSchemeAndWhatEachRequestRequires() throws Exception {
        JsonNode api = EventEnvelopes.JSON.readTree(triage.get("/v3/api-docs").body());

        JsonNode scheme = api.get("components").get("securitySchemes").get("bearer-jwt");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security").toString()).contains("bearer-jwt");

        JsonNode schemas = api.get("components").get("schemas");
        assertThat(schemas.get("Allocation").get("required").toString()).contains("worker");
        assertThat(schemas.get("Feedback").get("required").toString()).contains("kind", "method", "message");
        assertThat(schemas.get("Feedback").get("properties").get("method").toString()).contains("PHONE").doesNotContain("PIGEON");
        assertThat(schemas.get("Decision").get("properties").get("rationale").get("maxLength").asInt()).isEqualTo(10_000);
        assertThat(schemas.get("Disagreement").get("properties").get("concernLevel").toString()).contains("STANDARD", "HIGH");
        assertThat(schemas.get("CheckRequest").get("properties").get("agency").toString()).contains("POLICE", "HEALTH");
    }
}
