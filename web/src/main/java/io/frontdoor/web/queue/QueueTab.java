package io.frontdoor.web.queue;

import io.frontdoor.web.signin.Person;
import java.time.Instant;
import java.util.Map;

/**
 * The queue's tabs. Which contacts each holds, and how many, is the projection's to say ({@code GET /api/queue?tab=},
 * {@code GET /api/queue/tabs}): "mine" is the signed-in person's own, taken from their token there.
 */
public enum QueueTab {
    UNALLOCATED("unallocated", "Unallocated"),
    MINE("mine", "Mine"),
    AUTHORISATION("authorisation", "Awaiting authorisation"),
    CHECKS("checks", "Partner checks due"),
    OVERDUE("overdue", "Overdue"),
    ALL("all", "All open");

    private final String id;
    private final String label;

    QueueTab(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** This tab's count in the projection's {@code /api/queue/tabs} answer. */
    long countIn(Map<String, Object> counts) {
        return counts.get(id) instanceof Number count ? count.longValue() : 0;
    }

    /** Only managers authorise, so only they see that tab. */
    public boolean offeredTo(Person person) {
        return this != AUTHORISATION || person.isManager();
    }

    public static QueueTab of(String id, Person person) {
        for (QueueTab tab : values()) {
            if (tab.id.equals(id) && tab.offeredTo(person)) {
                return tab;
            }
        }
        return UNALLOCATED;
    }

    static boolean partnerCheckOverdue(Map<String, Object> entry, Instant now) {
        Object due = entry.get("partnerCheckDueAt");
        return due != null && Instant.parse(due.toString()).isBefore(now);
    }
}
