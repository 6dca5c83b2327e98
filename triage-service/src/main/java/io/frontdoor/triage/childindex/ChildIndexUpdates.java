package io.frontdoor.triage.childindex;

import io.frontdoor.triage.triage.TriageEvents.ChildLinkReviewed;
import io.frontdoor.triage.triage.TriageEvents.ContactLinkedToChild;
import io.frontdoor.triage.triage.TriageEvents.ContactRouted;
import io.frontdoor.triage.triage.DecisionPolicy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the child index in step with decisions and reviews, in the same transaction as the triage's events. */
@Component
@ProcessingGroup(ChildIndexUpdates.GROUP)
public class ChildIndexUpdates {

    public static final String GROUP = "child-index";

    private final ChildIndex index;

    public ChildIndexUpdates(ChildIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(ContactRouted routed) {
        if (DecisionPolicy.SOCIAL_CARE_ROUTES.contains(routed.route())) {
            index.recordSocialCareResponse(routed.contactId());
        }
    }

    @EventHandler
    void on(ChildLinkReviewed reviewed) {
        if (reviewed.confirmed()) {
            index.confirm(reviewed.contactId(), reviewed.childId());
        } else {
            index.unlink(reviewed.contactId(), reviewed.childId());
        }
    }

    /** After an undo the contact's child is a new child; links made when the triage opened are in the index already. */
    @EventHandler
    void on(ContactLinkedToChild linked) {
        index.relink(linked.contactId(), linked.childIndex(), linked.childId());
    }
}
