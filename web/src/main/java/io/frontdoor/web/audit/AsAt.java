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
    @SuppressWarnings("unchecked")
    static Map<String, Object> referral(Map<String, Object> record, Instant moment) {
        if (record == null || !by(record.get("recordedAt"), moment)) {
            return null;
        }
        List<Map<String, Object>> updates = ((List<Map<String, Object>>) record.getOrDefault("updates", List.of())).stream()
                .filter(update -> by(update.get("recordedAt"), moment)).toList();
        Map<String, Object> cut = new LinkedHashMap<>(record);
        cut.put("updates", updates);
        cut.put("current", updates.isEmpty() ? record.get("submission") : updates.get(updates.size() - 1).get("submission"));
        return cut;
    }

    /** Triage's answer with only the events that had occurred by the moment. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> eventsBy(Map<String, Object> triage, Instant moment) {
        Map<String, Object> cut = new LinkedHashMap<>(triage);
        cut.put("events", ((List<Map<String, Object>>) triage.getOrDefault("events", List.of())).stream()
                .filter(event -> by(event.get("at"), moment)).toList());
        return cut;
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
