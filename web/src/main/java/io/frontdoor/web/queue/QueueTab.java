package io.frontdoor.web.queue;

import io.frontdoor.web.signin.Person;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiPredicate;

/** The queue's tabs: which open contacts each shows to the person signed in. */
public enum QueueTab {
    UNALLOCATED("unallocated", "Unallocated", (entry, person) -> entry.get("allocatedTo") == null && awaitingDecision(entry)),
    MINE("mine", "Mine", (entry, person) -> person.id().equals(entry.get("allocatedTo"))),
    AUTHORISATION("authorisation", "Awaiting authorisation",
            (entry, person) -> "AWAITING_AUTHORISATION".equals(entry.get("status"))),
    CHECKS("checks", "Partner checks due", (entry, person) -> entry.get("partnerCheckDueAt") != null),
    OVERDUE("overdue", "Overdue", (entry, person) -> Boolean.TRUE.equals(entry.get("overdue"))),
    ALL("all", "All open", (entry, person) -> true);

    private final String id;
    private final String label;
    private final BiPredicate<Map<String, Object>, Person> shows;

    QueueTab(String id, String label, BiPredicate<Map<String, Object>, Person> shows) {
        this.id = id;
        this.label = label;
        this.shows = shows;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean shows(Map<String, Object> entry, Person person) {
        return shows.test(entry, person);
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

    static boolean awaitingDecision(Map<String, Object> entry) {
        Object status = entry.get("status");
        return "IN_TRIAGE".equals(status) || "RECEIVED".equals(status);
    }

    static boolean partnerCheckOverdue(Map<String, Object> entry, Instant now) {
        Object due = entry.get("partnerCheckDueAt");
        return due != null && Instant.parse(due.toString()).isBefore(now);
    }
}
