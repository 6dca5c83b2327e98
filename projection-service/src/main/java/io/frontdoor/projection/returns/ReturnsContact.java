package io.frontdoor.projection.returns;

import io.frontdoor.kernel.contact.ReferralSource;
import java.time.LocalDate;
import java.util.List;

/**
 * What the returns need of one contact, from the event log: when it came, from which source, about which children;
 * whether (and when) it became a referral, a section 47 enquiry or an early-help episode. Dates are London dates.
 */
public record ReturnsContact(String contactId, String packId, LocalDate receivedOn, ReferralSource source,
                             List<ReturnsChild> children, Referral referral, LocalDate section47StartedOn, EarlyHelp earlyHelp) {

    /** Accepted for a social-care response on {@code on}; {@code noFurtherAction} when no assessment or enquiry follows. */
    public record Referral(LocalDate on, boolean noFurtherAction, String allocatedWorker) {
    }

    /** An early-help episode after a step-down: started, its assessment and plan recorded (or not yet), by which locality. */
    public record EarlyHelp(LocalDate startedOn, LocalDate assessmentCompletedOn, String organisation) {
    }
}
