package io.frontdoor.kernel.contact;

/**
 * The DfE CIN census {@code ReferralSource} (also Ofsted Annex A's contact and referral source), with the census's own
 * wording. Derived from the referrer's agency type and, where the type alone does not tell, its {@link ReferrerService}:
 * see {@link #of(AgencyType, ReferrerService)}.
 */
public enum ReferralSource {
    INDIVIDUAL_FAMILY("1A", "INDIVIDUAL – family member, relative or carer"),
    INDIVIDUAL_ACQUAINTANCE("1B", "INDIVIDUAL – acquaintance (including neighbours and child minders)"),
    INDIVIDUAL_SELF("1C", "INDIVIDUAL – self"),
    INDIVIDUAL_OTHER("1D", "INDIVIDUAL – other (including strangers)"),
    SCHOOLS("2A", "SCHOOLS"),
    EDUCATION_SERVICES("2B", "EDUCATION SERVICES"),
    HEALTH_GP("3A", "HEALTH SERVICES – general practitioner (GP)"),
    HEALTH_VISITOR("3B", "HEALTH SERVICES – health visitor"),
    HEALTH_SCHOOL_NURSE("3C", "HEALTH SERVICES – school nurse"),
    HEALTH_OTHER_PRIMARY("3D", "HEALTH SERVICES – other primary health services"),
    HEALTH_A_AND_E("3E", "HEALTH SERVICES – A&E (accident and emergency department)"),
    HEALTH_OTHER("3F", "HEALTH SERVICES – other (for example hospice)"),
    HOUSING("4", "HOUSING – local authority housing or housing association"),
    LA_SOCIAL_CARE("5A", "LA SERVICES – social care for example adults social care services"),
    LA_OTHER_INTERNAL("5B", "LA SERVICES – other internal"),
    LA_EXTERNAL("5C", "LA SERVICES – external, for example, from another local authority's adults social care services"),
    LA_EARLY_HELP("5D", "LA SERVICES – early help"),
    POLICE("6", "POLICE"),
    OTHER_LEGAL_AGENCY("7", "OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS or prison"),
    OTHER("8", "OTHER – including children's centres, independent agency providers or voluntary organisations"),
    ANONYMOUS("9", "ANONYMOUS"),
    UNKNOWN("10", "UNKNOWN");

    private final String code;
    private final String description;

    ReferralSource(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The census code: {@code 1A} … {@code 10}. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /**
     * The source for a referrer. Without a service, a health referrer is "other health" (3F), an education referrer a
     * school (2A), an early-years setting an education service (2B), the council's own services "other internal" (5B),
     * another council "external" (5C) and a member of the public "other individual" (1D). No referrer is "unknown" (10).
     */
    public static ReferralSource of(AgencyType agency, ReferrerService service) {
        if (agency == null) {
            return UNKNOWN;
        }
        if (service != null && service.fits(agency)) {
            switch (service) {
                case GP: return HEALTH_GP;
                case HEALTH_VISITOR: return HEALTH_VISITOR;
                case SCHOOL_NURSE: return HEALTH_SCHOOL_NURSE;
                case OTHER_PRIMARY_HEALTH: return HEALTH_OTHER_PRIMARY;
                case EMERGENCY_DEPARTMENT: return HEALTH_A_AND_E;
                case OTHER_HEALTH: return HEALTH_OTHER;
                case SCHOOL: return SCHOOLS;
                case EDUCATION_SERVICE: return EDUCATION_SERVICES;
                case CHILDRENS_CENTRE: return OTHER;
                case SOCIAL_CARE: return agency == AgencyType.OTHER_LA ? LA_EXTERNAL : LA_SOCIAL_CARE;
                case OTHER_INTERNAL: return LA_OTHER_INTERNAL;
                case EARLY_HELP: return LA_EARLY_HELP;
                case COURT: return OTHER_LEGAL_AGENCY;
                case ACQUAINTANCE: return INDIVIDUAL_ACQUAINTANCE;
                case STRANGER: return INDIVIDUAL_OTHER;
                default: break;
            }
        }
        return switch (agency) {
            case POLICE -> POLICE;
            case HEALTH -> HEALTH_OTHER;
            case EDUCATION -> SCHOOLS;
            case EARLY_YEARS -> EDUCATION_SERVICES;
            case LOCAL_AUTHORITY -> LA_OTHER_INTERNAL;
            case HOUSING -> HOUSING;
            case PROBATION -> OTHER_LEGAL_AGENCY;
            case VOLUNTARY_SECTOR -> OTHER;
            case OTHER_LA -> LA_EXTERNAL;
            case MEMBER_OF_PUBLIC -> INDIVIDUAL_OTHER;
            case FAMILY_MEMBER -> INDIVIDUAL_FAMILY;
            case SELF -> INDIVIDUAL_SELF;
            case ANONYMOUS -> ANONYMOUS;
        };
    }
}
