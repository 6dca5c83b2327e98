package io.frontdoor.intake.partnerfeed;

import java.util.Arrays;
import java.util.Optional;

/** The message types the partner feed accepts, each at a version with its JSON Schema under {@code schemas/partner-referrals/}. */
public enum PartnerReferralType {
    POLICE_DOMESTIC_ABUSE("police-domestic-abuse", 1, PoliceDomesticAbuseNotification.class),
    POLICE_CHILD_CONCERN("police-child-concern", 1, PoliceChildConcernNotification.class),
    HEALTH_SAFEGUARDING("health-safeguarding", 1, HealthSafeguardingReferral.class),
    EDUCATION_REFERRAL("education-referral", 1, EducationReferral.class),
    MULTI_AGENCY_REFERRAL("multi-agency-referral", 1, MultiAgencyReferral.class);

    private final String type;
    private final int version;
    private final Class<? extends PartnerReferral> messageClass;

    PartnerReferralType(String type, int version, Class<? extends PartnerReferral> messageClass) {
        this.type = type;
        this.version = version;
        this.messageClass = messageClass;
    }

    public static Optional<PartnerReferralType> of(String type, String version) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type) && Integer.toString(t.version).equals(version)).findFirst();
    }

    public String type() {
        return type;
    }

    public int version() {
        return version;
    }

    public Class<? extends PartnerReferral> messageClass() {
        return messageClass;
    }

    public String schemaResource() {
        return "schemas/partner-referrals/" + type + ".v" + version + ".schema.json";
    }
}
