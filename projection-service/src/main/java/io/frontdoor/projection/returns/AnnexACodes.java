package io.frontdoor.projection.returns;

import io.frontdoor.kernel.contact.Ethnicity;
import io.frontdoor.kernel.contact.Gender;
import io.frontdoor.kernel.contact.ReferralSource;
import java.util.EnumMap;
import java.util.Map;

/**
 * The codes as Ofsted's Annex A template writes them, letter prefix and all. Source: the template's drop-down values as
 * Social Finance's liia-tools reads them ({@code liiatools/annex_a_pipeline/spec/Annex_A_schema.yml}), which writes
 * both REFU and NOBT under the letter s).
 */
final class AnnexACodes {

    static final String YES = "a) Yes";
    static final String NO = "b) No";
    static final String UNKNOWN = "c) Unknown";

    private static final Map<Ethnicity, String> ETHNICITY = new EnumMap<>(Ethnicity.class);
    private static final Map<ReferralSource, String> SOURCE = new EnumMap<>(ReferralSource.class);

    static {
        String letters = "abcdefghijklmnopqrs";
        for (Ethnicity e : Ethnicity.values()) {
            ETHNICITY.put(e, letters.charAt(Math.min(e.ordinal(), letters.length() - 1)) + ") " + e.name());
        }
        SOURCE.put(ReferralSource.INDIVIDUAL_FAMILY, "a) 1A: Individual");
        SOURCE.put(ReferralSource.INDIVIDUAL_ACQUAINTANCE, "b) 1B: Individual");
        SOURCE.put(ReferralSource.INDIVIDUAL_SELF, "c) 1C: Individual");
        SOURCE.put(ReferralSource.INDIVIDUAL_OTHER, "d) 1D: Individual");
        SOURCE.put(ReferralSource.SCHOOLS, "e) 2A: Schools");
        SOURCE.put(ReferralSource.EDUCATION_SERVICES, "f) 2B: Education services");
        SOURCE.put(ReferralSource.HEALTH_GP, "g) 3A: Health services");
        SOURCE.put(ReferralSource.HEALTH_VISITOR, "h) 3B: Health services");
        SOURCE.put(ReferralSource.HEALTH_SCHOOL_NURSE, "i) 3C: Health services");
        SOURCE.put(ReferralSource.HEALTH_OTHER_PRIMARY, "j) 3D: Health services");
        SOURCE.put(ReferralSource.HEALTH_A_AND_E, "k) 3E: Health services");
        SOURCE.put(ReferralSource.HEALTH_OTHER, "l) 3F: Health services");
        SOURCE.put(ReferralSource.HOUSING, "m) 4: Housing");
        SOURCE.put(ReferralSource.LA_SOCIAL_CARE, "n) 5A: LA services");
        SOURCE.put(ReferralSource.LA_OTHER_INTERNAL, "o) 5B: LA services");
        SOURCE.put(ReferralSource.LA_EXTERNAL, "p) 5C: LA services");
        SOURCE.put(ReferralSource.LA_EARLY_HELP, "p1) 5D: LA services");
        SOURCE.put(ReferralSource.POLICE, "q) 6: Police");
        SOURCE.put(ReferralSource.OTHER_LEGAL_AGENCY, "r) 7: Other legal agency");
        SOURCE.put(ReferralSource.OTHER, "s) 8: Other");
        SOURCE.put(ReferralSource.ANONYMOUS, "t) 9: Anonymous");
        SOURCE.put(ReferralSource.UNKNOWN, "u) 10: Unknown");
    }

    private AnnexACodes() {
    }

    /** Unborn children and those whose gender was not given are "not stated/recorded"; OTHER is "neither". */
    static String gender(ReturnsChild child) {
        Gender gender = child.unborn() ? null : child.gender();
        if (gender == null) {
            return "c) Not stated/recorded";
        }
        return switch (gender) {
            case MALE -> "a) Male";
            case FEMALE -> "b) Female";
            case OTHER -> "d) Neither";
            case NOT_KNOWN -> "c) Not stated/recorded";
        };
    }

    static String ethnicity(ReturnsChild child) {
        return ETHNICITY.get(child.ethnicityOrNotObtained());
    }

    static String source(ReferralSource source) {
        return SOURCE.get(source);
    }

    static String disability(ReturnsChild child) {
        Boolean disabled = child.disabled();
        return disabled == null ? UNKNOWN : disabled ? YES : NO;
    }

    static String yesNo(boolean yes) {
        return yes ? YES : NO;
    }
}
