package io.frontdoor.kernel.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a referrer sends: the body of {@code POST /api/contacts} and {@code POST /api/threshold/evaluate}.
 * Field names are a fixed contract (DESIGN.md); add fields, never rename.
 */
public record ContactSubmission(
        String packId,
        String externalReference,
        Channel channel,
        Instant receivedAt,
        Referrer referrer,
        List<Child> children,
        List<Adult> adults,
        Concerns concerns,
        DomesticAbuse domesticAbuse,
        Boolean allegationAgainstPersonInPositionOfTrust,
        Boolean immediateDanger,
        Consent consent,
        Boolean knownToServices) {

    public ContactSubmission {
        children = children == null ? List.of() : List.copyOf(children);
        adults = adults == null ? List.of() : List.copyOf(adults);
    }

    public record Referrer(AgencyType agencyType, String agencyName, String name, String role, String phone, String email) {
    }

    /**
     * {@code childId}: the id Front Door's child index gave this child, carried when Front Door refers the child again
     * itself (an early-help step-up), so the new contact joins the child's history; triage still checks it against the
     * name and date of birth. Null from partners.
     */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                        String nhsNumber, Gender gender, Address address, String childId) {

        public Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                     String nhsNumber, Gender gender, Address address) {
            this(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, null);
        }

        /** The same child, named by the child index's id. */
        public Child withChildId(String id) {
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, id);
        }

        public boolean unborn() {
            return dateOfBirth == null && expectedDateOfBirth != null;
        }
    }

    public record Adult(String givenName, String familyName, LocalDate dateOfBirth, String relationship) {
    }

    public record Address(String line1, String line2, String town, String postcode) {
    }

    public record Concerns(List<String> indicatorIds, String narrative) {
        public Concerns {
            indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
        }
    }

    /**
     * A police domestic-abuse notification records two facts about the children: {@code childrenInHousehold}, they live
     * in the household where the abuse happens; {@code childrenPresent}, they were present at the incident. Either may
     * be unknown (null).
     */
    public record DomesticAbuse(DashRisk dashRisk, Boolean childrenPresent, Instant incidentAt, Boolean childrenInHousehold) {

        public DomesticAbuse(DashRisk dashRisk, Boolean childrenPresent, Instant incidentAt) {
            this(dashRisk, childrenPresent, incidentAt, null);
        }
    }

    public record Consent(ConsentStatus status, String reasonNotSought) {
    }

    public boolean positionOfTrustAllegation() {
        return Boolean.TRUE.equals(allegationAgainstPersonInPositionOfTrust);
    }

    public boolean inImmediateDanger() {
        return Boolean.TRUE.equals(immediateDanger);
    }

    public boolean known() {
        return Boolean.TRUE.equals(knownToServices);
    }

    public List<String> indicatorIds() {
        return concerns == null ? List.of() : concerns.indicatorIds();
    }
}
