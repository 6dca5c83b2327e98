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
     * A child named in the contact. {@code indicatorIds} and {@code narrative} are this child's own concerns (optional);
     * the contact's {@code concerns} apply to every child named.
     */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                        String nhsNumber, Gender gender, Address address, List<String> indicatorIds, String narrative) {

        public Child {
            indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
        }

        /** A child with no concerns of its own (the contact's concerns apply). */
        public Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                     String nhsNumber, Gender gender, Address address) {
            this(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, List.of(), null);
        }

        /** This child with its own concerns. */
        public Child withConcerns(List<String> ids, String ownNarrative) {
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, ids, ownNarrative);
        }

        /**
         * How the child is named to workers and in explanations: the given name only (never the family name, date of
         * birth or NHS number); "Unborn baby" or "Child 2" when no given name was sent. {@code index} counts from 0.
         */
        public String displayName(int index) {
            if (givenName != null && !givenName.isBlank()) {
                return givenName.strip();
            }
            return unborn() ? "Unborn baby (child " + (index + 1) + ")" : "Child " + (index + 1);
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

    public record DomesticAbuse(DashRisk dashRisk, Boolean childrenPresent, Instant incidentAt) {
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
