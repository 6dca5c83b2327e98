package io.frontdoor.triage.threshold;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;
import io.frontdoor.kernel.contact.Disability;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The facts a contact states outside its ticked indicators (pack format, "Facts the engine derives"). */
public final class DerivedFacts {

    public static final String DOMESTIC_ABUSE = "domestic-abuse";
    /** The children were present at the incident (a police notification's own field). */
    public static final String CHILDREN_PRESENT = "children-present";
    /** The children live in the household where the abuse happens. */
    public static final String CHILDREN_IN_HOUSEHOLD = "children-in-household";
    public static final String POSITION_OF_TRUST_ALLEGATION = "position-of-trust-allegation";
    public static final String IMMEDIATE_DANGER = "immediate-danger";
    public static final String UNBORN = "unborn";
    public static final String KNOWN_TO_SERVICES = "known-to-services";
    /** The child has a disability recorded (a DfE code other than NONE): the child's own. */
    public static final String DISABLED = "disabled";
    /** At least one earlier contact about this child in the 12 months before this one (the child index's count). */
    public static final String PREVIOUS_CONTACT = "previous-contact";
    /** At least two earlier contacts about this child in those 12 months: this is at least the third. */
    public static final String REPEAT_CONTACTS = "repeat-contacts";
    /** At least one earlier domestic-abuse notification about this child in those 12 months: the abuse recurs. */
    public static final String PREVIOUS_DOMESTIC_ABUSE_NOTIFICATION = "previous-domestic-abuse-notification";
    /** An earlier contact about this child was accepted for a social-care response. */
    public static final String PREVIOUSLY_REFERRED = "previously-referred";
    /** At least two earlier domestic-abuse notifications about this child in those 12 months: this is at least the third. */
    public static final String REPEAT_DOMESTIC_ABUSE_NOTIFICATIONS = "repeat-domestic-abuse-notifications";

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

    /** Every fact this class can derive: with the tag vocabulary, the words a rule may test. */
    public static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(Set.of(DOMESTIC_ABUSE, CHILDREN_PRESENT, CHILDREN_IN_HOUSEHOLD, POSITION_OF_TRUST_ALLEGATION,
                IMMEDIATE_DANGER, UNBORN, KNOWN_TO_SERVICES, DISABLED, PREVIOUS_CONTACT, REPEAT_CONTACTS,
                PREVIOUS_DOMESTIC_ABUSE_NOTIFICATION, REPEAT_DOMESTIC_ABUSE_NOTIFICATIONS, PREVIOUSLY_REFERRED));
        Stream.of(DashRisk.values()).map(DerivedFacts::dash).forEach(words::add);
        Stream.of(ConsentStatus.values()).map(DerivedFacts::consent).forEach(words::add);
        Stream.of(AgencyType.values()).map(DerivedFacts::agency).forEach(words::add);
        return words;
    }

    static String dash(DashRisk risk) {
        return "dash-" + kebab(risk.name());
    }

    static String consent(ConsentStatus status) {
        return "consent-" + kebab(status.name());
    }

    static String agency(AgencyType type) {
        return "agency-" + kebab(type.name());
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
