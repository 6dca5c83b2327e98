package io.frontdoor.web.queue;

import io.frontdoor.kernel.code.Rag;
import io.frontdoor.web.packs.Words;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One open contact as a queue row: the children's names (the link), RAG, status and time left in words. */
public record QueueRow(String contactId, String childrenNames, String childrenAges, String rag, String status,
                       String timeLeft, boolean overdue, String allocatedTo, String referrer, Instant receivedAt,
                       Instant partnerCheckDueAt, boolean partnerCheckOverdue, String packId) {

    @SuppressWarnings("unchecked")
    static QueueRow of(Map<String, Object> entry, Instant now) {
        List<Map<String, Object>> children = (List<Map<String, Object>>) entry.getOrDefault("children", List.of());
        String names = String.join(", ", children.stream().map(child -> String.valueOf(child.get("name"))).toList());
        String ages = String.join(", ", children.stream().map(child -> String.valueOf(child.get("age"))).toList());
        Object timeLeft = entry.get("timeLeftSeconds");
        Object referrerName = entry.get("referrerAgencyName");
        return new QueueRow((String) entry.get("contactId"), names.isEmpty() ? "Child not named" : names, ages,
                (String) entry.get("rag"), Words.readable(entry.get("status")),
                TimeInWords.timeLeft(timeLeft == null ? null : ((Number) timeLeft).longValue()),
                Boolean.TRUE.equals(entry.get("overdue")), (String) entry.get("allocatedTo"),
                referrerName != null ? referrerName.toString() : Words.readable(entry.get("referrerAgency")),
                instant(entry.get("receivedAt")), instant(entry.get("partnerCheckDueAt")),
                QueueTab.partnerCheckOverdue(entry, now), (String) entry.get("packId"));
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    public String ragClass() {
        return Rag.parse(rag).map(urgency -> switch (urgency) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--orange";
            case GREEN -> "govuk-tag--green";
        }).orElse("govuk-tag--grey");
    }
}
