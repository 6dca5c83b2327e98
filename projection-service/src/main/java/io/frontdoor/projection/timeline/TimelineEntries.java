package io.frontdoor.projection.timeline;

import io.frontdoor.kernel.event.ContactReceivedV1;
import io.frontdoor.kernel.event.ContactUpdatedV1;
import io.frontdoor.kernel.event.triage.DecisionReviewedV1;
import io.frontdoor.kernel.event.triage.FlaggedForReviewV1;
import io.frontdoor.kernel.event.triage.UpdateAlertV1;
import io.frontdoor.kernel.event.triage.UpdateEvaluatedV1;
import io.frontdoor.platform.messaging.EventEnvelopes;
import io.frontdoor.kernel.event.triage.ChildLinkReviewedV1;
import io.frontdoor.kernel.event.triage.ContactLinkedToChildV1;
import io.frontdoor.kernel.event.triage.ContactRoutedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemDecidedV1;
import io.frontdoor.kernel.event.triage.DaTriageItemScheduledV1;
import io.frontdoor.kernel.event.triage.DeadlinePassedV1;
import io.frontdoor.kernel.event.triage.DecisionAuthorisedV1;
import io.frontdoor.kernel.event.triage.DecisionRecordedV1;
import io.frontdoor.kernel.event.triage.DecisionReturnedV1;
import io.frontdoor.kernel.event.triage.EscalationRaisedV1;
import io.frontdoor.kernel.event.triage.EscalationStageRecordedV1;
import io.frontdoor.kernel.event.triage.FeedbackDueV1;
import io.frontdoor.kernel.event.triage.FeedbackSentV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRequestedV1;
import io.frontdoor.kernel.event.triage.PartnerCheckRespondedV1;
import io.frontdoor.kernel.event.triage.StrategyDiscussionOutcomeV1;
import io.frontdoor.kernel.event.triage.TriageAllocatedV1;
import io.frontdoor.kernel.event.triage.TriageClosedV1;
import io.frontdoor.kernel.event.triage.TriageOpenedV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How each kind of event reads as a line of a contact's history: who acted, one sentence, and the details. */
final class TimelineEntries {

    /** {@code actorField} names the payload field holding who acted; null for what the system did. */
    private record Rendering(String actorField, Function<JsonNode, String> summary) {
    }

    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    private static final Map<String, Rendering> RENDERINGS = Map.ofEntries(
            Map.entry(ContactReceivedV1.TYPE, new Rendering(null, p -> "Contact received from "
                    + text(p.path("submission").path("referrer"), "agencyName") + " ("
                    + text(p.path("submission").path("referrer"), "agencyType") + ")")),
            Map.entry(ContactUpdatedV1.TYPE, new Rendering("sentBy", p -> "Update " + text(p, "updateNumber")
                    + " from the referrer, sent by " + text(p, "sentBy") + ": changed " + String.join(", ", strings(p, "changes")))),
            Map.entry(UpdateEvaluatedV1.TYPE, new Rendering(null, p -> "Update " + text(p, "updateNumber") + " re-evaluated: "
                    + (p.path("raised").isEmpty() ? "nothing rose, the recommendation stands"
                    : "raised the " + String.join(", ", strings(p, "raised")).toLowerCase(java.util.Locale.ROOT) + " (now "
                    + or(text(p, "rag"), "no RAG") + ", recommended " + or(text(p.path("recommendation").path("level"), "localName"), "no level")
                    + ", decision due " + when(p, "decisionDueAt") + ")"))),
            Map.entry(UpdateAlertV1.TYPE, new Rendering(null, p -> "Alert: " + text(p, "message") + " Told "
                    + ("WORKER".equals(text(p, "alerted")) ? text(p, "worker") : "the queue"))),
            Map.entry(FlaggedForReviewV1.TYPE, new Rendering(null, p -> "Flagged for review: " + text(p, "reason"))),
            Map.entry(DecisionReviewedV1.TYPE, new Rendering("reviewedBy", p -> "Review of the flagged decision: "
                    + ("DECISION_REVISED".equals(text(p, "outcome")) ? "revised" : "the decision stands") + " (" + text(p, "rationale") + ")")),
            Map.entry(TriageOpenedV1.TYPE, new Rendering(null, p -> "Triage opened: " + or(text(p, "rag"), "no RAG")
                    + ", recommended " + or(text(p.path("recommendation").path("level"), "localName"), "no level")
                    + ", decision due " + when(p, "decisionDueAt"))),
            Map.entry(ContactLinkedToChildV1.TYPE, new Rendering(null, p -> "Child " + (p.path("childIndex").asInt() + 1)
                    + " linked to known child " + text(p, "childId") + " by " + text(p, "matchedBy"))),
            Map.entry(ChildLinkReviewedV1.TYPE, new Rendering("reviewedBy", p -> "Link of child " + (p.path("childIndex").asInt() + 1)
                    + " to " + text(p, "childId") + (p.path("confirmed").asBoolean() ? " confirmed" : " undone"))),
            Map.entry(TriageAllocatedV1.TYPE, new Rendering("allocatedBy", p -> "Allocated to " + text(p, "worker")
                    + (p.path("previousWorker").isNull() || p.path("previousWorker").isMissingNode() ? "" : " (was " + text(p, "previousWorker") + ")"))),
            Map.entry(PartnerCheckRequestedV1.TYPE, new Rendering("requestedBy", p -> text(p, "agency") + " check requested, due "
                    + when(p, "dueAt"))),
            Map.entry(PartnerCheckRespondedV1.TYPE, new Rendering("recordedBy", p -> text(p, "agency") + " check answered")),
            Map.entry(DecisionRecordedV1.TYPE, new Rendering("decidedBy", p -> (p.path("revision").asBoolean() ? "Decision revised: " : "Decision: ")
                    + or(text(p.path("level"), "localName"), text(p.path("level"), "code")) + ", " + String.join(" and ", routes(p))
                    + ("NONE".equals(text(p, "overrideDirection")) ? "" : ", override " + text(p, "overrideDirection"))
                    + (p.path("authorisationRequired").asBoolean() ? ", needs a manager's authorisation" : "") + eachChild(p))),
            Map.entry(DecisionAuthorisedV1.TYPE, new Rendering("authorisedBy", p -> "Decision authorised")),
            Map.entry(DecisionReturnedV1.TYPE, new Rendering("returnedBy", p -> "Decision returned: " + text(p, "reason"))),
            Map.entry(ContactRoutedV1.TYPE, new Rendering(null, p -> "Routed to " + or(text(p, "localName"), text(p, "route"))
                    + (p.path("childNames").isEmpty() ? "" : " for " + String.join(" and ", strings(p.path("childNames"))))
                    + (p.path("dueAt").isString() ? ", due " + when(p, "dueAt") : ""))),
            Map.entry(StrategyDiscussionOutcomeV1.TYPE, new Rendering("recordedBy", p -> "Strategy discussion held: "
                    + (p.path("section47Enquiry").asBoolean() ? "section 47 enquiry" : "no section 47 enquiry"))),
            Map.entry(FeedbackDueV1.TYPE, new Rendering(null, p -> "Feedback to the referrer (" + text(p, "kind") + ") due " + when(p, "dueAt"))),
            Map.entry(FeedbackSentV1.TYPE, new Rendering("sentBy", p -> "Feedback sent to the referrer (" + text(p, "kind") + ", "
                    + text(p, "method") + ")")),
            Map.entry(DeadlinePassedV1.TYPE, new Rendering(null, p -> "Timescale missed: " + text(p, "deadline") + " was due "
                    + when(p, "dueAt") + "; " + text(p, "notifyRole") + " told")),
            Map.entry(TriageClosedV1.TYPE, new Rendering("closedBy", TimelineEntries::closure)),
            Map.entry(DaTriageItemScheduledV1.TYPE, new Rendering(null, p -> "On the domestic-abuse triage agenda for "
                    + when(p, "meetingAt") + (p.path("rolledOverFromMeetingId").isString() ? " (rolled over)" : ""))),
            Map.entry(DaTriageItemDecidedV1.TYPE, new Rendering(null, p -> "Domestic-abuse triage meeting decided: "
                    + String.join(" and ", routes(p)))),
            Map.entry(EscalationRaisedV1.TYPE, new Rendering("raisedBy", p -> "Disagreement raised (" + text(p, "concernLevel")
                    + " concern): stage " + text(p, "stage") + ", " + text(p, "stageRole"))),
            Map.entry(EscalationStageRecordedV1.TYPE, new Rendering("recordedBy", p -> "Disagreement stage " + text(p, "stage")
                    + " (" + text(p, "role") + "): " + text(p, "outcome") + (p.path("overdue").asBoolean() ? ", past its limit" : ""))));

    private TimelineEntries() {
    }

    /** With several children, each child's own decision: "; Ada: Level 4, STRATEGY_DISCUSSION; Ben: Level 2, EARLY_HELP". */
    private static String eachChild(JsonNode decision) {
        JsonNode children = decision.path("children");
        if (children.size() < 2) {
            return "";
        }
        StringBuilder each = new StringBuilder();
        for (JsonNode child : children) {
            each.append("; ").append(text(child, "name")).append(": ")
                    .append(or(text(child.path("level"), "localName"), text(child.path("level"), "code"))).append(", ")
                    .append(String.join(" and ", routes(child)))
                    .append("NONE".equals(text(child, "overrideDirection")) ? "" : " (override " + text(child, "overrideDirection") + ")");
        }
        return each.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** Who acted; where the actor field is empty (a triage the outcome feedback closed), what the system did. */
    static String actor(LoggedEvent event) {
        JsonNode payload = event.envelope().payload();
        Rendering rendering = RENDERINGS.get(event.type());
        String person = rendering == null || rendering.actorField() == null ? "" : text(payload, rendering.actorField());
        return person.isEmpty() ? systemActor(event.type(), payload) : person;
    }

    /** A closure in words: by the outcome feedback, or by a worker for the reason they gave. */
    private static String closure(JsonNode p) {
        return switch (text(p, "outcome")) {
            case "DECIDED_AND_FED_BACK" -> "Triage closed: decided and the outcome fed back";
            case "ANONYMOUS_REFERRER" -> "Closed: the referrer is anonymous, so there is no one to feed back to";
            case "DUPLICATE" -> "Closed as a duplicate of contact " + text(p, "duplicateOf");
            case "REFERRER_TOLD_ANOTHER_WAY" -> "Closed: the decision is final and the referrer was told another way";
            case "NO_FURTHER_WORK" -> "Closed: the decision is final and no further work is needed";
            default -> "Triage closed: " + text(p, "outcome");
        };
    }

    static String summary(LoggedEvent event) {
        Rendering rendering = RENDERINGS.get(event.type());
        return rendering == null ? event.type() : rendering.summary().apply(event.envelope().payload());
    }

    /** Who acts when no person does: the referrer's agency for a contact, the meeting for its decisions, else the front door. */
    private static String systemActor(String type, JsonNode payload) {
        return switch (type) {
            case ContactReceivedV1.TYPE -> text(payload.path("submission").path("referrer"), "agencyName");
            case DaTriageItemDecidedV1.TYPE -> "domestic-abuse triage meeting";
            default -> "front door";
        };
    }

    /** The payload without the contact id; a contact's submission is cut to what a history needs (no narrative, no addresses). */
    static JsonNode details(String type, JsonNode payload) {
        if (ContactUpdatedV1.TYPE.equals(type) && payload instanceof ObjectNode update) {
            ObjectNode slim = update.deepCopy();
            slim.remove("contactId");
            slim.remove("submission");
            return slim;
        }
        if (ContactReceivedV1.TYPE.equals(type)) {
            JsonNode submission = payload.path("submission");
            ObjectNode slim = EventEnvelopes.JSON.createObjectNode();
            slim.set("receivedAt", payload.path("receivedAt"));
            slim.set("externalReference", submission.path("externalReference"));
            slim.set("channel", submission.path("channel"));
            slim.put("agencyType", text(submission.path("referrer"), "agencyType"));
            slim.put("children", submission.path("children").size());
            slim.set("indicatorIds", submission.path("concerns").path("indicatorIds"));
            slim.set("domesticAbuse", submission.path("domesticAbuse"));
            slim.set("consent", submission.path("consent").path("status"));
            return slim;
        }
        if (payload instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove("contactId");
            return copy;
        }
        return payload;
    }

    private static List<String> routes(JsonNode payload) {
        return strings(payload, "routes");
    }

    private static List<String> strings(JsonNode payload, String field) {
        List<String> values = new ArrayList<>();
        payload.path(field).forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : "";
    }

    private static String or(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    private static String when(JsonNode node, String field) {
        String value = text(node, field);
        return value.isEmpty() ? "(not set)" : LONDON.format(Instant.parse(value));
    }
}
