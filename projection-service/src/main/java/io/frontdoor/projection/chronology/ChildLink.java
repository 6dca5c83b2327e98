package io.frontdoor.projection.chronology;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.frontdoor.kernel.event.triage.ChildLinkReviewedV1;
import io.frontdoor.kernel.event.triage.ContactLinkedToChildV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentView;
import java.time.Instant;

/**
 * Which known child the n-th child named in a contact is, how triage matched them, whether the match is only possible
 * (and why), and whether a worker confirmed or undid it. After an undo triage links the child afresh (a new child), and
 * that link replaces this one.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class ChildLink implements DocumentView.Document {

    private String linkId;
    private String contactId;
    private int childIndex;
    private String childId;
    private String matchedBy;
    private String status;
    private String reason;
    private Instant linkedAt;
    private String review;
    private String reviewedBy;

    static final String LINKED = "LINKED";
    static final String POSSIBLE = "POSSIBLE";

    private ChildLink() {
    }

    ChildLink(String linkId) {
        this.linkId = linkId;
    }

    static String key(String contactId, int childIndex) {
        return contactId + "/" + childIndex;
    }

    @Override
    public void apply(LoggedEvent event) {
        if (event.payload() instanceof ContactLinkedToChildV1 link) {
            contactId = link.contactId();
            childIndex = link.childIndex();
            childId = link.childId();
            matchedBy = link.matchedBy();
            status = link.status() == null ? LINKED : link.status();
            reason = link.reason();
            linkedAt = event.occurredAt();
            review = null;
            reviewedBy = null;
        } else if (event.payload() instanceof ChildLinkReviewedV1 reviewed && (childId == null || childId.equals(reviewed.childId()))) {
            contactId = reviewed.contactId();
            childIndex = reviewed.childIndex();
            childId = reviewed.childId();
            review = reviewed.confirmed() ? "CONFIRMED" : "UNDONE";
            reviewedBy = reviewed.reviewedBy();
        }
    }

    public String linkId() { return linkId; }
    public String contactId() { return contactId; }
    public int childIndex() { return childIndex; }
    public String childId() { return childId; }
    public String matchedBy() { return matchedBy; }
    public String review() { return review; }
    public String reason() { return reason; }

    /** LINKED, POSSIBLE (not yet reviewed) or CONFIRMED. */
    public String linkStatus() {
        return review != null ? review : status == null ? LINKED : status;
    }

    /** A possible match no worker has confirmed yet: shown as such, and not part of the child's history. */
    public boolean possible() {
        return POSSIBLE.equals(status) && review == null;
    }

    public boolean linked() {
        return childId != null && !"UNDONE".equals(review);
    }
}
