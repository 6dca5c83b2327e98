package io.frontdoor.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.frontdoor.kernel.domain.ConflictException;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.triage.triage.TriageCommands.ChildLink;
import io.frontdoor.triage.triage.TriageCommands.ReviewChildLink;
import io.frontdoor.triage.triage.TriageEvents.ChildLinkReviewed;
import io.frontdoor.triage.triage.TriageEvents.ContactLinkedToChild;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** How the child index linked each child of the contact, and whether a worker has reviewed that link. */
class ChildLinks {

    private record LinkState(String childId, String matchedBy, boolean reviewed) {
    }

    private final Triage triage;
    private final Map<Integer, LinkState> links = new HashMap<>();

    ChildLinks(Triage triage) {
        this.triage = triage;
    }

    /**
     * A worker confirms that a child of this contact is the child the index linked it to, or undoes the link: then the
     * contact's child is a child of its own (a new child id), never left without one.
     */
    @CommandHandler
    void handle(ReviewChildLink c) {
        LinkState link = links.get(c.childIndex());
        if (link == null) {
            throw InvalidSubmissionException.of("childIndex", "no child " + c.childIndex() + " in this contact");
        }
        if (ChildLink.NEW_CHILD.equals(link.matchedBy())) {
            throw new ConflictException("child " + c.childIndex() + " is recorded as a child of its own: there is no match to confirm or undo");
        }
        if (link.reviewed()) {
            throw new ConflictException("the link of child " + c.childIndex() + " has already been reviewed");
        }
        apply(new ChildLinkReviewed(triage.contactId(), c.childIndex(), link.childId(), c.confirmed(), c.reviewedBy()));
        if (!c.confirmed()) {
            apply(ContactLinkedToChild.undone(triage.contactId(), c.childIndex(), UUID.randomUUID().toString()));
        }
    }

    @EventSourcingHandler
    void on(ContactLinkedToChild e) {
        links.put(e.childIndex(), new LinkState(e.childId(), e.matchedBy(), false));
    }

    @EventSourcingHandler
    void on(ChildLinkReviewed e) {
        links.computeIfPresent(e.childIndex(), (index, link) -> new LinkState(link.childId(), link.matchedBy(), true));
    }
}
