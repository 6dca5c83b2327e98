package io.frontdoor.web.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a contact's triage events say, for the pages: who it is allocated to, the partner checks, the decisions and
 * their authorisation, the child links, the feedback sent. Read from triage's {@code GET /api/triages/{id}} answer.
 */
public final class TriageStory {

    public record Check(String checkId, String agency, String question, Instant dueAt, String requestedBy, String response,
                        String recordedBy) {
        public boolean answered() {
            return response != null;
        }

        public boolean overdue(Instant now) {
            return response == null && dueAt != null && dueAt.isBefore(now);
        }
    }

    public record Decision(String decisionId, Instant at, int levelRank, String levelName, List<String> routes, String rationale,
                           String decidedBy, String overrideDirection, boolean authorisationRequired, String authorisationReason,
                           boolean acceptedForSocialCare, String answer, String answeredBy, String returnReason) {
        public boolean awaitingAuthorisation() {
            return authorisationRequired && answer == null;
        }
    }

    public record ChildLink(int childIndex, String childId, int previousContacts, boolean previouslySubjectToPlan, Boolean confirmed) {
    }

    public record FeedbackSent(Instant at, String kind, String method, String sentBy, String message) {
    }

    private final Map<String, Object> triage;
    private String allocatedTo;
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<Integer, ChildLink> links = new LinkedHashMap<>();
    private final List<FeedbackSent> feedback = new ArrayList<>();
    private Boolean section47;
    private String strategyParticipants;
    private boolean closed;

    @SuppressWarnings("unchecked")
    public TriageStory(Map<String, Object> triage) {
        this.triage = triage;
        for (Map<String, Object> event : (List<Map<String, Object>>) triage.getOrDefault("events", List.of())) {
            Map<String, Object> e = event.get("event") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Instant at = instant(event.get("at"));
            switch (String.valueOf(event.get("type"))) {
                case "TriageAllocated" -> allocatedTo = text(e, "worker");
                case "PartnerCheckRequested" -> checks.put(text(e, "checkId"), new Check(text(e, "checkId"), text(e, "agency"),
                        text(e, "question"), instant(e.get("dueAt")), text(e, "requestedBy"), null, null));
                case "PartnerCheckResponded" -> checks.computeIfPresent(text(e, "checkId"), (id, check) -> new Check(id,
                        check.agency(), check.question(), check.dueAt(), check.requestedBy(), text(e, "response"), text(e, "recordedBy")));
                case "DecisionRecorded" -> {
                    Map<String, Object> level = e.get("level") instanceof Map<?, ?> l ? (Map<String, Object>) l : Map.of();
                    decisions.add(new Decision(text(e, "decisionId"), at, number(level.get("rank")), text(level, "localName"),
                            (List<String>) e.getOrDefault("routes", List.of()), text(e, "rationale"), text(e, "decidedBy"),
                            text(e, "overrideDirection"), Boolean.TRUE.equals(e.get("authorisationRequired")),
                            text(e, "authorisationReason"), Boolean.TRUE.equals(e.get("acceptedForSocialCare")), null, null, null));
                }
                case "DecisionAuthorised" -> answer(text(e, "decisionId"), "AUTHORISED", text(e, "authorisedBy"), null);
                case "DecisionReturned" -> answer(text(e, "decisionId"), "RETURNED", text(e, "returnedBy"), text(e, "reason"));
                case "ContactLinkedToChild" -> links.put(number(e.get("childIndex")), new ChildLink(number(e.get("childIndex")),
                        text(e, "childId"), number(e.get("previousContactsIn12Months")),
                        Boolean.TRUE.equals(e.get("previouslySubjectToPlanOrReferral")), null));
                case "ChildLinkReviewed" -> links.computeIfPresent(number(e.get("childIndex")), (i, link) -> new ChildLink(i,
                        link.childId(), link.previousContacts(), link.previouslySubjectToPlan(), Boolean.TRUE.equals(e.get("confirmed"))));
                case "FeedbackSent" -> feedback.add(new FeedbackSent(at, text(e, "kind"), text(e, "method"), text(e, "sentBy"),
                        text(e, "message")));
                case "StrategyDiscussionOutcomeRecorded" -> {
                    section47 = Boolean.TRUE.equals(e.get("section47Enquiry"));
                    strategyParticipants = text(e, "participants");
                }
                case "TriageClosed" -> closed = true;
                default -> { }
            }
        }
    }

    private void answer(String decisionId, String answer, String by, String reason) {
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.decisionId().equals(decisionId)) {
                decisions.set(i, new Decision(d.decisionId(), d.at(), d.levelRank(), d.levelName(), d.routes(), d.rationale(),
                        d.decidedBy(), d.overrideDirection(), d.authorisationRequired(), d.authorisationReason(),
                        d.acceptedForSocialCare(), answer, by, reason));
            }
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> recommendation() {
        return triage.get("recommendation") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    public int recommendedRank() {
        Map<String, Object> recommendation = recommendation();
        if (recommendation != null && recommendation.get("level") instanceof Map<?, ?> level) {
            return number(level.get("rank"));
        }
        return 0;
    }

    public long version() {
        return ((Number) triage.getOrDefault("version", 0)).longValue();
    }

    public String packId() {
        return (String) triage.get("packId");
    }

    public String rag() {
        return (String) triage.get("rag");
    }

    public Instant decisionDueAt() {
        return instant(triage.get("decisionDueAt"));
    }

    public String allocatedTo() {
        return allocatedTo;
    }

    public List<Check> checks() {
        return List.copyOf(checks.values());
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** The decision that stands: the latest one not returned. */
    public Decision standingDecision() {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (!"RETURNED".equals(decisions.get(i).answer())) {
                return decisions.get(i);
            }
        }
        return null;
    }

    /** A decision can be recorded when none stands (none yet, or the last was returned) and the triage is open. */
    public boolean awaitingDecision() {
        return !closed && standingDecision() == null;
    }

    public List<ChildLink> childLinks() {
        return List.copyOf(links.values());
    }

    public ChildLink linkOf(int childIndex) {
        return links.get(childIndex);
    }

    public List<FeedbackSent> feedback() {
        return List.copyOf(feedback);
    }

    public Boolean section47() {
        return section47;
    }

    public String strategyParticipants() {
        return strategyParticipants;
    }

    public boolean closed() {
        return closed;
    }

    static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    static int number(Object value) {
        return value instanceof Number n ? n.intValue() : value == null ? 0 : Integer.parseInt(value.toString());
    }

    static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
