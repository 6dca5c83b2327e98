package io.frontdoor.projection.partner;

import io.frontdoor.kernel.event.triage.ChildSummary;
import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.ContactClock;
import java.time.Instant;
import java.util.List;

/**
 * A MASH check asked of an agency, as that agency's list shows it: which contact and children, when it was asked, by
 * when it is due and whether it was answered. The question itself stays in triage (read it there, audited, one check
 * at a time); {@code overdue} when it is past its due time unanswered or was answered late.
 */
public record PartnerCheck(String contactId, String checkId, String agency, String packId, List<ChildSummary> children,
                           Instant requestedAt, Instant dueAt, Instant answeredAt, boolean overdue) {

    static List<PartnerCheck> of(ContactCase contact, String agency, Instant now) {
        return contact.timescales().stream()
                .filter(clock -> ContactClock.PARTNER_CHECK.equals(clock.kind()) && agency.equals(clock.about()))
                .map(clock -> new PartnerCheck(contact.contactId(), clock.reference(), agency, contact.packId(), contact.children(),
                        clock.startedAt(), clock.dueAt(), clock.doneAt(), Boolean.FALSE.equals(clock.met(now))))
                .toList();
    }

    boolean answered() {
        return answeredAt != null;
    }
}
