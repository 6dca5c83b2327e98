package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.DashRisk;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The facts the engine derives from a contact outside its ticked indicators, as a pack's rules name them (pack format,
 * "Facts the engine derives"): with the tag vocabulary, the words a rule may test.
 */
public final class DerivedFactNames {

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

    private DerivedFactNames() {
    }

    /** Every fact the engine can derive: with the tag vocabulary, the words a rule may test. */
    public static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(Set.of(DOMESTIC_ABUSE, CHILDREN_PRESENT, CHILDREN_IN_HOUSEHOLD, POSITION_OF_TRUST_ALLEGATION,
                IMMEDIATE_DANGER, UNBORN, KNOWN_TO_SERVICES, DISABLED, PREVIOUS_CONTACT, REPEAT_CONTACTS,
                PREVIOUS_DOMESTIC_ABUSE_NOTIFICATION, REPEAT_DOMESTIC_ABUSE_NOTIFICATIONS, PREVIOUSLY_REFERRED));
        Stream.of(DashRisk.values()).map(DerivedFactNames::dash).forEach(words::add);
        Stream.of(ConsentStatus.values()).map(DerivedFactNames::consent).forEach(words::add);
        Stream.of(AgencyType.values()).map(DerivedFactNames::agency).forEach(words::add);
        return words;
    }

    public static String dash(DashRisk risk) {
        return "dash-" + kebab(risk.name());
    }

    public static String consent(ConsentStatus status) {
        return "consent-" + kebab(status.name());
    }

    public static String agency(AgencyType type) {
        return "agency-" + kebab(type.name());
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
