package io.frontdoor.triage.threshold;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ConsentStatus;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.contact.DashRisk;

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

    private DerivedFacts() {
    }

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
        if (contact.children().stream().anyMatch(child -> child != null && child.unborn())) {
            facts.add(UNBORN);
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

    /** Every fact this class can derive: with the tag vocabulary, the words a rule may test. */
    public static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(Set.of(DOMESTIC_ABUSE, CHILDREN_PRESENT, CHILDREN_IN_HOUSEHOLD, POSITION_OF_TRUST_ALLEGATION,
                IMMEDIATE_DANGER, UNBORN, KNOWN_TO_SERVICES));
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
