package io.frontdoor.kernel.contact;

/** Who referred. With the optional {@link ReferrerService} it gives the DfE CIN census / Ofsted Annex A source ({@link ReferralSource}). */
public enum AgencyType {
    POLICE,
    HEALTH,
    EDUCATION,
    EARLY_YEARS,
    LOCAL_AUTHORITY,
    HOUSING,
    PROBATION,
    VOLUNTARY_SECTOR,
    OTHER_LA,
    MEMBER_OF_PUBLIC,
    FAMILY_MEMBER,
    SELF,
    ANONYMOUS;

    /** The CIN census source when nothing finer is known (see {@link ReferralSource#of(AgencyType, ReferrerService)}). */
    public String cinCensusSource() {
        return ReferralSource.of(this, null).code();
    }

    /** A professional partner agency (as opposed to a member of the public, the family, the child or an anonymous caller). */
    public boolean isPartnerAgency() {
        return switch (this) {
            case MEMBER_OF_PUBLIC, FAMILY_MEMBER, SELF, ANONYMOUS -> false;
            default -> true;
        };
    }
}
