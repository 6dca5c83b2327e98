package io.frontdoor.triage.threshold.engine;

import static io.frontdoor.triage.threshold.pack.DerivedFactNames.*;

import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.Disability;

import java.util.LinkedHashSet;
import java.util.Set;

/** The facts a contact states outside its ticked indicators, named as {@link DerivedFactNames} names them. */
public final class DerivedFacts {

    private DerivedFacts() {
    }

    /**
     * The facts of the contact and of the one child a recommendation is for, at {@code index} in the contact: {@code unborn}
     * is that child's own, and so are {@code children-in-household} and {@code children-present} where the notification
     * states them for that child ({@link ContactSubmission.DomesticAbuse#children()}).
     */
    public static Set<String> of(ContactSubmission contact, int index, ContactSubmission.Child child) {
        Set<String> facts = of(contact);
        if (child != null && child.unborn()) {
            facts.add(UNBORN);
        }
        if (child != null && child.disabilities().stream().anyMatch(code -> code != null && code != Disability.NONE)) {
            facts.add(DISABLED);
        }
        var domesticAbuse = contact.domesticAbuse();
        if (child != null && domesticAbuse != null) {
            facts.remove(CHILDREN_PRESENT);
            facts.remove(CHILDREN_IN_HOUSEHOLD);
            if (Boolean.TRUE.equals(domesticAbuse.presentAtIncident(index))) {
                facts.add(CHILDREN_PRESENT);
            }
            if (Boolean.TRUE.equals(domesticAbuse.livesInHousehold(index))) {
                facts.add(CHILDREN_IN_HOUSEHOLD);
            }
        }
        return facts;
    }

    /** The facts of the contact as a whole: they reach every child it names, unless the child's own say otherwise. */
    public static Set<String> of(ContactSubmission contact) {
        Set<String> facts = new LinkedHashSet<>();
        var domesticAbuse = contact.domesticAbuse();
        if (domesticAbuse != null) {
            facts.add(DOMESTIC_ABUSE);
            if (domesticAbuse.dashRisk() != null) {
                facts.add(dash(domesticAbuse.dashRisk()));
            }
            if (Boolean.TRUE.equals(domesticAbuse.childrenPresent())) {
                facts.add(CHILDREN_PRESENT);
            }
            if (Boolean.TRUE.equals(domesticAbuse.childrenInHousehold())) {
                facts.add(CHILDREN_IN_HOUSEHOLD);
            }
        }
        if (contact.positionOfTrustAllegation()) {
            facts.add(POSITION_OF_TRUST_ALLEGATION);
        }
        if (contact.inImmediateDanger()) {
            facts.add(IMMEDIATE_DANGER);
        }
        if (contact.known()) {
            facts.add(KNOWN_TO_SERVICES);
        }
        if (contact.consent() != null && contact.consent().status() != null) {
            facts.add(consent(contact.consent().status()));
        }
        if (contact.referrer() != null && contact.referrer().agencyType() != null) {
            facts.add(agency(contact.referrer().agencyType()));
        }
        return facts;
    }

    /** The facts of a child's history before the contact (none for a child the front door has not seen). */
    public static Set<String> of(ChildHistory history) {
        Set<String> facts = new LinkedHashSet<>();
        if (history.previousContactsIn12Months() >= 1) {
            facts.add(PREVIOUS_CONTACT);
        }
        if (history.previousContactsIn12Months() >= 2) {
            facts.add(REPEAT_CONTACTS);
        }
        if (history.previousDomesticAbuseNotificationsIn12Months() >= 1) {
            facts.add(PREVIOUS_DOMESTIC_ABUSE_NOTIFICATION);
        }
        if (history.previousDomesticAbuseNotificationsIn12Months() >= 2) {
            facts.add(REPEAT_DOMESTIC_ABUSE_NOTIFICATIONS);
        }
        if (history.previouslyReferred()) {
            facts.add(PREVIOUSLY_REFERRED);
        }
        return facts;
    }
}
