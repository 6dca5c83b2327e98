package io.frontdoor.projection.dashboard;

import static io.frontdoor.projection.ContactStory.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontdoor.projection.ContactStory;
import io.frontdoor.projection.ProjectionTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DashboardViewTest extends ProjectionTest {

    static Map<String, Long> map(JsonNode object) {
        Map<String, Long> values = new TreeMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
        return values;
    }

    @Test
    void summarisesAPeriodOfOnePack() throws Exception {
        clock.set("2026-11-25T12:00:00Z");
        String pack = unique("pack");
        String child = unique("child");
        ContactStory earlier = contact(unique("c0"), pack, "2026-06-01T09:00:00Z").child("Amy", "Example", "2019-01-01")
                .received().opened("GREEN", Duration.ofHours(72)).linked(0, child).after(Duration.ofDays(2)).closed("NFA");
        ContactStory red = contact(unique("c1"), pack, "2026-11-16T09:00:00Z").child("A", "B", "2017-01-01").received()
                .opened("RED", Duration.ofHours(4)).after(Duration.ofHours(2))
                .decided("SPECIALIST", List.of("STRATEGY_DISCUSSION", "MARAC"), "NONE", false, true)
                .at("2026-11-18T09:00:00Z").feedback("OUTCOME", "outcome").closed("ROUTED");
        ContactStory lateDecision = contact(unique("c2"), pack, "2026-11-17T09:00:00Z").from("EDUCATION", "Example School")
                .child("C", "D", "2016-01-01").received().opened("AMBER", Duration.ofHours(24)).allocated("worker.a")
                .at("2026-11-18T09:00:00Z").deadlinePassed("DECISION", null, Instant.parse("2026-11-18T09:00:00Z"))
                .at("2026-11-18T15:00:00Z").decided("ADDITIONAL", List.of("EARLY_HELP"), "DOWN", true, false).authorised()
                .after(Duration.ofHours(10)).feedback("NOT_ACCEPTED", "not accepted")
                .at("2026-11-19T09:00:00Z").escalationRaised(unique("esc"), "duty social care worker", Instant.parse("2026-11-20T09:00:00Z"));
        String escalationId = lateDecision.events().get(lateDecision.events().size() - 1).envelope().payload().get("escalationId").asString();
        lateDecision.at("2026-11-20T09:00:00Z").escalationStage(escalationId, 1, "duty social care worker", "ESCALATED", 2,
                "duty manager", Instant.parse("2026-11-21T09:00:00Z"), true);
        ContactStory awaitingAuthorisation = contact(unique("c3"), pack, "2026-11-18T09:00:00Z").from("HEALTH", "Example Health")
                .child("E", "F", "2015-01-01").received().opened("GREEN", Duration.ofHours(72)).allocated("worker.a")
                .after(Duration.ofHours(10)).decided("UNIVERSAL", List.of("ADVICE_AND_SIGNPOSTING"), "DOWN", true, false);
        ContactStory daRolled = contact(unique("c4"), pack, "2026-11-19T09:00:00Z").child("G", "H", "2014-01-01").received()
                .opened("GREEN", Duration.ofHours(24)).allocated("worker.b")
                .daScheduled("m1", Instant.parse("2026-11-17T13:00:00Z"), null)
                .daScheduled("m2", Instant.parse("2026-11-24T13:00:00Z"), "m1").at("2026-11-24T14:00:00Z").daDecided("m2", List.of("EARLY_HELP"));
        ContactStory recontact = contact(unique("c5"), pack, "2026-11-20T09:00:00Z").child("Amy", "Example", "2019-01-01").received()
                .opened("AMBER", Duration.ofHours(24)).linked(0, child).daScheduled("m2", Instant.parse("2026-11-24T13:00:00Z"), null);
        given(earlier, red, lateDecision, awaitingAuthorisation, daRolled, recontact);

        JsonNode dashboard = get("/api/dashboard?from=2026-11-16&to=2026-11-29&pack=" + pack);

        assertThat(dashboard.get("contacts").asLong()).isEqualTo(5);
        assertThat(map(dashboard.get("byReferrerAgency"))).isEqualTo(Map.of("POLICE", 3L, "EDUCATION", 1L, "HEALTH", 1L));
        assertThat(map(dashboard.get("byRag"))).isEqualTo(Map.of("RED", 1L, "AMBER", 2L, "GREEN", 2L));
        assertThat(map(dashboard.get("byLevel"))).isEqualTo(Map.of("SPECIALIST", 1L, "ADDITIONAL", 1L, "UNIVERSAL", 1L, "UNDECIDED", 2L));
        assertThat(map(dashboard.get("byRoute"))).isEqualTo(Map.of("STRATEGY_DISCUSSION", 1L, "MARAC", 1L, "EARLY_HELP", 1L,
                "ADVICE_AND_SIGNPOSTING", 1L));

        JsonNode decision = dashboard.get("decision");
        assertThat(decision.get("done").asLong()).isEqualTo(3);
        assertThat(decision.get("medianHours").asDouble()).isCloseTo(10.0, within(0.001));
        assertThat(decision.get("p90Hours").asDouble()).isCloseTo(26.0, within(0.001));
        assertThat(decision.get("judged").asLong()).as("three decided, two past due undecided").isEqualTo(5);
        assertThat(decision.get("shareWithinTimescale").asDouble()).isCloseTo(0.4, within(0.001));
        JsonNode notAccepted = dashboard.get("notAcceptedFeedback");
        assertThat(notAccepted.get("medianHours").asDouble()).isCloseTo(10.0, within(0.001));
        assertThat(notAccepted.get("judged").asLong()).isEqualTo(2);
        assertThat(notAccepted.get("shareWithinTimescale").asDouble()).isCloseTo(0.5, within(0.001));
        JsonNode outcome = dashboard.get("outcomeToReferrer");
        assertThat(outcome.get("medianHours").asDouble()).isCloseTo(48.0, within(0.001));
        assertThat(outcome.get("shareWithinTimescale").asDouble()).isCloseTo(0.2, within(0.001));

        assertThat(map(dashboard.get("breaches"))).isEqualTo(Map.of("DECISION", 1L));
        assertThat(dashboard.get("overrides").get("decisions").asLong()).isEqualTo(3);
        assertThat(dashboard.get("overrides").get("overridden").asLong()).isEqualTo(2);
        assertThat(map(dashboard.get("overrides").get("byDirection"))).isEqualTo(Map.of("DOWN", 2L));
        assertThat(dashboard.get("authorisationsPending").asLong()).isEqualTo(1);
        assertThat(dashboard.get("recontacts").get("recontacts").asLong()).isEqualTo(1);
        assertThat(dashboard.get("recontacts").get("rate").asDouble()).isCloseTo(0.2, within(0.001));

        JsonNode weeks = dashboard.get("daTriageWeeks");
        assertThat(texts(weeks, "weekStarting")).containsExactly("2026-11-16", "2026-11-23");
        assertThat(List.of(weeks.get(0).get("listed").asInt(), weeks.get(0).get("decided").asInt(), weeks.get(0).get("rolledOver").asInt(),
                weeks.get(0).get("waiting").asInt())).containsExactly(1, 0, 1, 0);
        assertThat(List.of(weeks.get(1).get("listed").asInt(), weeks.get(1).get("decided").asInt(), weeks.get(1).get("rolledOver").asInt(),
                weeks.get(1).get("waiting").asInt())).containsExactly(2, 1, 0, 1);

        JsonNode escalations = dashboard.get("openEscalations");
        assertThat(escalations.size()).isEqualTo(1);
        assertThat(escalations.get(0).get("stage").asInt()).isEqualTo(2);
        assertThat(escalations.get(0).get("role").asString()).isEqualTo("duty manager");

        JsonNode workload = dashboard.get("workload");
        assertThat(texts(workload, "worker")).containsExactly(null, "worker.a", "worker.b");
        assertThat(texts(workload, "open")).containsExactly("1", "2", "1");
        assertThat(texts(workload, "overdue")).containsExactly("1", "0", "1");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() throws Exception {
        assertThat(call("/api/dashboard?from=2026-11-20&to=2026-11-01").statusCode()).isEqualTo(400);
    }
}
