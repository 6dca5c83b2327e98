package io.frontdoor.web.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact's triage as it stands, for the pages: who it is allocated to, the partner checks, the decisions and their
 * authorisation, the child links, the feedback owed and sent, the closure. Read from triage's typed
 * {@code GET /api/triages/{id}/state}: the page never replays the triage's events itself.
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

    /** {@code answer}: AUTHORISED or RETURNED once a manager answered; null while it waits or when none was needed. */
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

    /** {@code outcome}: DECIDED_AND_FED_BACK, or the reason a worker ({@code closedBy}) gave. */
    public record Closure(Instant at, String outcome, String closedBy, String duplicateOf, String note) {
        public boolean byAWorker() {
            return closedBy != null;
        }
    }

    private final Map<String, Object> triage;
    private final List<Check> checks = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<Integer, ChildLink> links = new LinkedHashMap<>();
    private final List<FeedbackSent> feedback = new ArrayList<>();
    private Boolean section47;
    private String strategyParticipants;
    private final Closure closure;

    @SuppressWarnings("unchecked")
    public TriageStory(Map<String, Object> triage) {
        this.triage = triage;
        for (Map<String, Object> c : list(triage, "checks")) {
            checks.add(new Check(text(c, "checkId"), text(c, "agency"), text(c, "question"), instant(c.get("dueAt")),
                    text(c, "requestedBy"), text(c, "response"), text(c, "recordedBy")));
        }
        for (Map<String, Object> d : list(triage, "decisions")) {
            Map<String, Object> level = d.get("level") instanceof Map<?, ?> l ? (Map<String, Object>) l : Map.of();
            String authorisation = text(d, "authorisation");
            decisions.add(new Decision(text(d, "decisionId"), instant(d.get("at")), number(level.get("rank")), text(level, "localName"),
                    (List<String>) d.getOrDefault("routes", List.of()), text(d, "rationale"), text(d, "decidedBy"),
                    text(d, "overrideDirection"), Boolean.TRUE.equals(d.get("authorisationRequired")), text(d, "authorisationReason"),
                    Boolean.TRUE.equals(d.get("acceptedForSocialCare")), "AWAITING".equals(authorisation) ? null : authorisation,
                    text(d, "answeredBy"), text(d, "returnReason")));
        }
        for (Map<String, Object> l : list(triage, "childLinks")) {
            links.put(number(l.get("childIndex")), new ChildLink(number(l.get("childIndex")), text(l, "childId"),
                    number(l.get("previousContactsIn12Months")), Boolean.TRUE.equals(l.get("previouslySubjectToPlanOrReferral")),
                    l.get("confirmed") instanceof Boolean confirmed ? confirmed : null));
        }
        for (Map<String, Object> f : list(triage, "feedback")) {
            feedback.add(new FeedbackSent(instant(f.get("at")), text(f, "kind"), text(f, "method"), text(f, "sentBy"), text(f, "message")));
        }
        List<Map<String, Object>> discussions = list(triage, "strategyDiscussions");
        if (!discussions.isEmpty()) {
            Map<String, Object> last = discussions.get(discussions.size() - 1);
            section47 = Boolean.TRUE.equals(last.get("section47Enquiry"));
            strategyParticipants = text(last, "participants");
        }
        Map<String, Object> closed = triage.get("closure") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        closure = closed == null ? null : new Closure(instant(closed.get("at")), text(closed, "outcome"), text(closed, "closedBy"),
                text(closed, "duplicateOf"), text(closed, "note"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
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
        return (String) triage.get("allocatedTo");
    }

    /** OPEN, AWAITING_AUTHORISATION, DECIDED or CLOSED. */
    public String status() {
        return (String) triage.get("status");
    }

    /** The decision is final (no authorisation awaited) and the contact still open: it may be closed for any reason. */
    public boolean decisionFinal() {
        return "DECIDED".equals(status());
    }

    public Closure closure() {
        return closure;
    }

    public List<Check> checks() {
        return List.copyOf(checks);
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
        return !closed() && standingDecision() == null;
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
        return closure != null || "CLOSED".equals(status());
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
