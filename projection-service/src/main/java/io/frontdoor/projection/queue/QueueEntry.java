package io.frontdoor.projection.queue;

import io.frontdoor.projection.contact.ChildView;
import io.frontdoor.projection.contact.LondonTime;
import io.frontdoor.projection.contact.ContactCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One open contact as the queue shows it. {@code timeLeftSeconds} counts down to the decision due time while a decision
 * is awaited (negative once overdue) and is null after the decision. {@code updated}: the referrer sent the contact again
 * with changes ({@code updates} times, the last at {@code lastUpdatedAt}); {@code needsReview}: an update raised the risk
 * after the decision, which a worker must review (a badge for the queue page).
 */
public record QueueEntry(String contactId, String packId, List<ChildView> children, String referrerAgency,
                         String referrerAgencyName, Instant receivedAt, String status, String rag, Instant decisionDueAt,
                         Long timeLeftSeconds, boolean overdue, String allocatedTo, boolean outOfHours, boolean updated,
                         int updates, Instant lastUpdatedAt, boolean needsReview) {

    static QueueEntry of(ContactCase contact, Instant now) {
        LocalDate today = LondonTime.dateOf(now);
        Long timeLeft = contact.awaitingDecision() && contact.decisionDueAt() != null
                ? Duration.between(now, contact.decisionDueAt()).toSeconds() : null;
        return new QueueEntry(contact.contactId(), contact.packId(),
                contact.children().stream().map(child -> ChildView.of(child, today)).toList(),
                contact.referrerAgency(), contact.referrerAgencyName(), contact.receivedAt(), contact.status().name(),
                contact.rag(), contact.decisionDueAt(), timeLeft, timeLeft != null && timeLeft < 0, contact.allocatedTo(),
                contact.outOfHours(), contact.updates() > 0, contact.updates(), contact.lastUpdatedAt(), contact.needsReview());
    }
}
