package io.frontdoor.kernel.contact;

import java.util.Set;

/**
 * What the referrer's agency type alone does not tell the returns: which health service, whether an education referrer
 * is a school, which local-authority service, how an individual knows the child. Optional; each fits some agency types.
 */
public enum ReferrerService {
    GP(AgencyType.HEALTH),
    HEALTH_VISITOR(AgencyType.HEALTH),
    SCHOOL_NURSE(AgencyType.HEALTH),
    OTHER_PRIMARY_HEALTH(AgencyType.HEALTH),
    EMERGENCY_DEPARTMENT(AgencyType.HEALTH),
    OTHER_HEALTH(AgencyType.HEALTH),
    SCHOOL(AgencyType.EDUCATION),
    EDUCATION_SERVICE(AgencyType.EDUCATION, AgencyType.EARLY_YEARS),
    CHILDRENS_CENTRE(AgencyType.EARLY_YEARS, AgencyType.VOLUNTARY_SECTOR),
    SOCIAL_CARE(AgencyType.LOCAL_AUTHORITY, AgencyType.OTHER_LA),
    OTHER_INTERNAL(AgencyType.LOCAL_AUTHORITY),
    EARLY_HELP(AgencyType.LOCAL_AUTHORITY),
    COURT(AgencyType.PROBATION),
    ACQUAINTANCE(AgencyType.MEMBER_OF_PUBLIC),
    STRANGER(AgencyType.MEMBER_OF_PUBLIC);

    private final Set<AgencyType> agencies;

    ReferrerService(AgencyType... agencies) {
        this.agencies = Set.of(agencies);
    }

    public boolean fits(AgencyType agency) {
        return agencies.contains(agency);
    }

    public Set<AgencyType> agencies() {
        return agencies;
    }
}
