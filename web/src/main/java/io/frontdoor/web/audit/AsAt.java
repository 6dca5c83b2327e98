package io.frontdoor.web.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service's answer cut back to what had happened by a moment: only what was recorded by then. */
final class AsAt {

    private AsAt() {
    }

    /**
     * Intake's record with the updates recorded by the moment, and {@code current} the latest of them (or the first
     * submission); null when the contact had not been recorded yet.
     */
    static Map<String, Object> referral(Map<String, Object> record, Instant moment) {
        if (record == null || !by(record.get("recordedAt"), moment)) {
            return null;
        }
        List<Map<String, Object>> updates = recordedBy(record, "updates", "recordedAt", moment);
        Map<String, Object> cut = new LinkedHashMap<>(record);
        cut.put("updates", updates);
        cut.put("current", updates.isEmpty() ? record.get("submission") : updates.get(updates.size() - 1).get("submission"));
        return cut;
    }

    /**
     * Triage's typed state ({@code /api/triages/{id}/state}) cut back to the moment: the decisions made by then, each
     * still awaiting its manager if the answer came later, and the feedback and closure recorded by then.
     */
    static Map<String, Object> stateBy(Map<String, Object> state, Instant moment) {
        Map<String, Object> cut = new LinkedHashMap<>(state);
        cut.put("decisions", recordedBy(state, "decisions", "at", moment).stream()
                .map(decision -> decision.get("answeredAt") == null || by(decision.get("answeredAt"), moment)
                        ? decision : unanswered(decision))
                .toList());
        cut.put("feedback", recordedBy(state, "feedback", "at", moment));
        if (state.get("closure") instanceof Map<?, ?> closure && !by(closure.get("at"), moment)) {
            cut.remove("closure");
        }
        return cut;
    }

    /** The entries of the list under {@code key} whose time {@code field} is at or before the moment, in their order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recordedBy(Map<String, Object> answer, String key, String field, Instant moment) {
        return ((List<Map<String, Object>>) answer.getOrDefault(key, List.of())).stream()
                .filter(entry -> by(entry.get(field), moment)).toList();
    }

    private static Map<String, Object> unanswered(Map<String, Object> decision) {
        Map<String, Object> then = new LinkedHashMap<>(decision);
        then.put("authorisation", "AWAITING");
        then.remove("answeredBy");
        then.remove("answeredAt");
        then.remove("returnReason");
        return then;
    }

    /**
     * The recommendation that stood at the moment: the latest re-evaluation that raised it by then, else the opening's.
     * Triage answers with its latest; if a raise came after the moment and none before, the opening's cannot be told
     * from that answer (null: the timeline says what it was).
     */
    @SuppressWarnings("unchecked")
    static Object recommendation(Map<String, Object> triage, Instant moment) {
        List<Map<String, Object>> events = (List<Map<String, Object>>) triage.getOrDefault("events", List.of());
        Object standing = null;
        boolean raisedLater = false;
        for (Map<String, Object> event : events) {
            if (!"UpdateEvaluated".equals(event.get("type")) || !(event.get("event") instanceof Map<?, ?> evaluated)) {
                continue;
            }
            Object raised = evaluated.get("raised");
            if (raised instanceof List<?> list && !list.isEmpty() && evaluated.get("recommendation") != null) {
                if (by(event.get("at"), moment)) {
                    standing = evaluated.get("recommendation");
                } else {
                    raisedLater = true;
                }
            }
        }
        if (standing != null) {
            return standing;
        }
        boolean opened = events.stream().anyMatch(event -> "TriageOpened".equals(event.get("type")) && by(event.get("at"), moment));
        return opened && !raisedLater ? triage.get("recommendation") : null;
    }

    static boolean by(Object instant, Instant moment) {
        return instant != null && !Instant.parse(instant.toString()).isAfter(moment);
    }
}
