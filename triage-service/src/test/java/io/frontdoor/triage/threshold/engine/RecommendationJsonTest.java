package io.frontdoor.triage.threshold.engine;

import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.triage.threshold.pack.Level;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.frontdoor.triage.threshold.engine.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

/** The Recommendation's JSON field names are a fixed contract (RecommendationV1), as the platform's mapper writes them. */
class RecommendationJsonTest {

    private final tools.jackson.databind.json.JsonMapper json = EventEnvelopes.JSON;

    @Test
    void hasTheFieldsOfTheContract() {
        Recommendation recommendation = new ThresholdEngine().evaluate(ThresholdEngineTest.PACK,
                contact(ThresholdEngineTest.UNEXPLAINED_INJURY, ThresholdEngineTest.STRONG_SUPPORT).allegationAgainstPersonInPositionOfTrust().build());

        JsonNode tree = json.readTree(json.writeValueAsString(recommendation));

        assertThat(tree.path("pack").path("id").asString()).isEqualTo("engine-test");
        assertThat(tree.path("pack").path("version").asString()).isEqualTo("1.0-test");
        assertThat(tree.path("level").path("code").asString()).isEqualTo("SPECIALIST");
        assertThat(tree.path("level").path("rank").asInt()).isEqualTo(4);
        assertThat(tree.path("level").path("localName").asString()).isEqualTo("Level 4 Specialist (acute)");
        assertThat(tree.path("rag").asString()).isEqualTo("RED");
        assertThat(tree.path("routes").get(0).asString()).isEqualTo("STRATEGY_DISCUSSION");
        assertThat(tree.path("routeDetails").get(0).path("localName").asString()).isEqualTo("Strategy discussion");
        assertThat(tree.path("routeDetails").get(0).path("consentRequired").isBoolean()).isTrue();
        JsonNode indicator = tree.path("matchedIndicators").get(0);
        assertThat(indicator.path("id").asString()).isEqualTo(ThresholdEngineTest.UNEXPLAINED_INJURY);
        assertThat(indicator.path("level").asInt()).isEqualTo(4);
        assertThat(indicator.path("domain").asString()).isEqualTo("CHILD_DEVELOPMENT");
        assertThat(indicator.path("subDomain").asString()).isEqualTo("health");
        assertThat(indicator.path("text").asString()).isNotBlank();
        assertThat(tree.path("triggeredRules").get(0).path("id").asString()).isEqualTo("engine-test.immediate.unexplained-injury");
        assertThat(tree.path("triggeredRules").get(0).path("kind").asString()).isEqualTo("IMMEDIATE_REFERRAL");
        assertThat(tree.path("triggeredRules").get(0).path("explanation").asString()).isNotBlank();
        assertThat(tree.path("consentRequired").asBoolean(true)).isFalse();
        assertThat(tree.path("protectiveFactors").get(0).path("id").asString()).isEqualTo(ThresholdEngineTest.STRONG_SUPPORT);
        assertThat(tree.path("advice").isArray()).isTrue();
        assertThat(tree.path("decisionTimescale").path("name").asString()).isEqualTo("lado");
        assertThat(tree.path("decisionTimescale").path("duration").path("workingDays").asInt()).isEqualTo(1);
        assertThat(tree.path("asOf").asString()).isEqualTo("2026-11-18T10:15:00Z");
        assertThat(tree.path("receivedOutOfHours").isBoolean()).isTrue();
        assertThat(tree.path("summary").asString()).startsWith("Level 4 Specialist (acute): RED. Routes: ");
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(recommendation));
    }
}
