package io.frontdoor.triage.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.infra.TestActor;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.platform.messaging.EventEnvelope;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.triage.datriage.DaTriageMessages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** A medium-risk police DA notification reaches North Lincolnshire's weekly triage agenda and gets its outcome. */
class DaTriageWorkflowTest {

    static final TestActor MANAGER_M = TestActor.manager("manager.m");
    static final TestActor WORKER_A = TestActor.practitioner("worker.a");
    static final TestActor CHAIR = TestActor.manager("meeting.chair");
    static final TestActor AUDITOR = TestActor.auditor("auditor.x");

    @RegisterExtension
    static final TriageService triage = TriageService.perClass(Map.of());

    @Test
    void aMediumRiskNotificationReachesTheWeeklyAgendaAndGetsAnOutcome() throws Exception {
        Instant received = Instant.now();
        String contactId = TriageService.publishContact(Contacts.policeDomesticAbuse("north-lincolnshire", DashRisk.MEDIUM, received), received);
        triage.awaitTriage(contactId);
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/allocation", "{\"worker\": \"worker.a\"}", MANAGER_M));
        TriageWorkflowTest.ok(triage.post("/api/triages/" + contactId + "/decision", """
                {"levelRank": 3, "routes": ["DOMESTIC_ABUSE_TRIAGE"], "rationale": "medium risk, children present"}""", WORKER_A));

        String meetingId = EventEnvelopes.JSON.readTree(triage.get("/api/da-triage/meetings/next?pack=north-lincolnshire").body())
                .get("meetingId").asString();
        JsonNode agenda = EventEnvelopes.JSON.readTree(triage.get("/api/da-triage/meetings/" + meetingId, AUDITOR).body());
        JsonNode item = find(agenda, contactId);
        assertThat(triage.accessAudit(contactId)).as("the agenda shows the contact: its read is audited")
                .contains(Map.of("user_id", "auditor.x", "record_type", "CONTACT", "endpoint", "GET /api/da-triage/meetings/{pack}/{date}"));
        assertThat(item.get("item").get("dashRisk").asString()).isEqualTo("MEDIUM");
        assertThat(item.get("item").get("children").get(0).asString()).startsWith("Testchild");
        assertThat(item.get("outcome").asString()).isEqualTo("AWAITING");

        TriageWorkflowTest.ok(triage.post("/api/da-triage/meetings/" + meetingId + "/opening", null, CHAIR));
        TriageWorkflowTest.ok(triage.post("/api/da-triage/meetings/" + meetingId + "/items/" + contactId + "/outcome", """
                {"routes": ["EARLY_HELP"], "rationale": "family accepts support from the locality team",
                 "agenciesPresent": ["POLICE", "HEALTH", "EDUCATION", "IDVA"]}""", CHAIR));

        // the meeting's events and the contact's own are published by different segments: wait for both
        List<EventEnvelope> decided = TriageWorkflowTest.awaitPublished(contactId, "DaTriageItemDecided and DecisionRecorded",
                seen -> seen.stream().map(EventEnvelope::eventType).toList().containsAll(List.of("DaTriageItemDecided", "DecisionRecorded", "TriageAllocated")));
        assertThat(decided).extracting(EventEnvelope::eventType).contains("DaTriageItemScheduled");
        var meeting = triage.bean(org.axonframework.eventsourcing.eventstore.EventStore.class).readEvents(meetingId).asStream()
                .map(org.axonframework.eventhandling.EventMessage::getPayload).toList();
        assertThat(meeting).filteredOn(DaTriageMessages.DaTriageMeetingOpened.class::isInstance)
                .extracting(e -> ((DaTriageMessages.DaTriageMeetingOpened) e).chair()).as("the signed-in chair").containsExactly("meeting.chair");
        assertThat(meeting).filteredOn(e -> e instanceof DaTriageMessages.DaTriageItemDecided d && d.contactId().equals(contactId))
                .extracting(e -> ((DaTriageMessages.DaTriageItemDecided) e).decidedBy()).containsExactly("meeting.chair");
        assertThat(decided).filteredOn(e -> e.eventType().equals("DecisionRecorded"))
                .extracting(e -> e.payload().get("decidedBy").asString()).containsExactly("worker.a");
        assertThat(decided).filteredOn(e -> e.eventType().equals("TriageAllocated"))
                .extracting(e -> e.payload().get("allocatedBy").asString()).containsExactly("manager.m");
        List<EventEnvelope> published = TriageWorkflowTest.awaitPublished(contactId, "ContactRouted", 2);
        assertThat(published.stream().filter(e -> e.eventType().equals("ContactRouted")).map(e -> e.payload().get("route").asString()))
                .containsExactly("DOMESTIC_ABUSE_TRIAGE", "EARLY_HELP");
        assertThat(find(EventEnvelopes.JSON.readTree(triage.get("/api/da-triage/meetings/" + meetingId).body()), contactId)
                .get("outcome").asString()).isEqualTo("DECIDED");
    }

    private static JsonNode find(JsonNode agenda, String contactId) {
        for (JsonNode entry : agenda.get("items")) {
            if (entry.get("item").get("contactId").asString().equals(contactId)) {
                return entry;
            }
        }
        throw new AssertionError(contactId + " not on the agenda " + agenda);
    }
}
