package io.frontdoor.projection.chronology;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.frontdoor.kernel.event.triage.ChildLinkReviewedV1;
import io.frontdoor.kernel.event.triage.ContactLinkedToChildV1;
import io.frontdoor.projection.eventlog.LoggedEvent;
import io.frontdoor.projection.view.DocumentView;
import java.time.Instant;

/** Which known child the n-th child named in a contact is, how triage matched them, and whether a worker confirmed or undid it. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class ChildLink implements DocumentView.Document {

    private String linkId;
    private String contactId;
    private int childIndex;
    private String childId;
    private String matchedBy;
    private Instant linkedAt;
    private String review;
    private String reviewedBy;

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

    public boolean linked() {
        return childId != null && !"UNDONE".equals(review);
    }
}
