package io.frontdoor.intake.partnerfeed;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.ContactSubmission.Adult;
import io.frontdoor.kernel.contact.ContactSubmission.Child;
import io.frontdoor.kernel.contact.ContactSubmission.Consent;
import io.frontdoor.intake.partnerfeed.PoliceDomesticAbuseNotification.Force;
import io.frontdoor.intake.partnerfeed.PoliceDomesticAbuseNotification.Officer;
import java.time.Instant;
import java.util.List;

/** {@code police-child-concern} v1: a police notification of a concern about a child that is not a domestic abuse incident. */
public record PoliceChildConcernNotification(String forceReference, String packId, Instant sentAt, Force force, Officer officer,
                                             Concern concern, List<Child> children, List<Adult> adults, List<String> indicatorIds,
                                             Boolean immediateDanger, Boolean knownToServices, Consent consent) implements PartnerReferral {

    /** What the partner saw: a category from the type's list, the summary, and when it was observed. */
    public record Concern(String category, String summary, Instant observedAt) {

        String narrative() {
            return Narrative.of(Narrative.labelled("Category", category), summary, Narrative.labelled("Observed at", observedAt));
        }
    }

    @Override
    public String reference() {
        return forceReference;
    }

    @Override
    public ContactSubmission toSubmission() {
        return PoliceDomesticAbuseNotification.policeSubmission(packId, forceReference, sentAt, force, officer, consent)
                .children(children).adults(adults).concerns(new ContactSubmission.Concerns(indicatorIds, concern.narrative()))
                .immediateDanger(immediateDanger).knownToServices(knownToServices).build();
    }
}
