package io.frontdoor.kernel.contact;

/** Who referred. The source code is the DfE CIN census / Ofsted Annex A contact source, so reports compare with national figures. */
public enum AgencyType {
    POLICE("6"),
    HEALTH("3A"),
    EDUCATION("2A"),
    EARLY_YEARS("2B"),
    LOCAL_AUTHORITY("5A"),
    HOUSING("4"),
    PROBATION("7"),
    VOLUNTARY_SECTOR("8"),
    OTHER_LA("5D"),
    MEMBER_OF_PUBLIC("1D"),
    FAMILY_MEMBER("1B"),
    SELF("1A"),
    ANONYMOUS("9");

    private final String cinCensusSource;

    AgencyType(String cinCensusSource) {
        this.cinCensusSource = cinCensusSource;
    }

    public String cinCensusSource() {
        return cinCensusSource;
    }

    /** A professional partner agency (as opposed to a member of the public, the family, the child or an anonymous caller). */
    public boolean isPartnerAgency() {
        return switch (this) {
            case MEMBER_OF_PUBLIC, FAMILY_MEMBER, SELF, ANONYMOUS -> false;
            default -> true;
        };
    }
}
