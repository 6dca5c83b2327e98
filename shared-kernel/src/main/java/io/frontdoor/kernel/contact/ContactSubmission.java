package io.frontdoor.kernel.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a referrer sends: the body of {@code POST /api/contacts} and {@code POST /api/threshold/evaluate}.
 * Field names are a fixed contract (docs/architecture.md, "Events"); add fields, never rename.
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

    /** {@code service}: what the agency type alone does not tell the returns (a health referrer's GP practice, A&E…); optional. */
    public record Referrer(AgencyType agencyType, String agencyName, String name, String role, String phone, String email,
                           ReferrerService service) {

        public Referrer(AgencyType agencyType, String agencyName, String name, String role, String phone, String email) {
            this(agencyType, agencyName, name, role, phone, email, null);
        }

        /** The DfE CIN census / Ofsted Annex A source of this referrer. */
        public ReferralSource referralSource() {
            return ReferralSource.of(agencyType, service);
        }
    }

    /**
     * {@code childId}: the id Front Door's child index gave this child, carried when Front Door refers the child again
     * itself (an early-help step-up), so the new contact joins the child's history; triage still checks it against the
     * name and date of birth. Null from partners. {@code ethnicity} and {@code disabilities} are the DfE codes the returns
     * use; both optional (an unrecorded ethnicity is reported as not yet obtained, unrecorded disability as unknown).
     * {@code indicatorIds} and {@code narrative} are this child's own concerns (optional); the contact's {@code concerns}
     * apply to every child named.
     */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                        String nhsNumber, Gender gender, Address address, String childId, Ethnicity ethnicity,
                        List<Disability> disabilities, List<String> indicatorIds, String narrative) {

        public Child {
            disabilities = disabilities == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(disabilities));
            indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
        }

        public Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                     String nhsNumber, Gender gender, Address address) {
            this(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, null, null, null, null, null);
        }

        public Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                     String nhsNumber, Gender gender, Address address, Ethnicity ethnicity, List<Disability> disabilities) {
            this(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, null, ethnicity, disabilities,
                    null, null);
        }

        public Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                     String nhsNumber, Gender gender, Address address, String childId, Ethnicity ethnicity,
                     List<Disability> disabilities) {
            this(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, childId, ethnicity, disabilities,
                    null, null);
        }

        /** The same child, named by the child index's id. */
        public Child withChildId(String id) {
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, id, ethnicity,
                    disabilities, indicatorIds, narrative);
        }

        /** This child with its own concerns. */
        public Child withConcerns(List<String> ids, String ownNarrative) {
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, gender, address, childId, ethnicity,
                    disabilities, ids, ownNarrative);
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

    /**
     * A police domestic-abuse notification records two facts about the children: {@code childrenInHousehold}, they live
     * in the household where the abuse happens; {@code childrenPresent}, they were present at the incident. Either may
     * be unknown (null). They hold for every child the contact names, except where {@code children} states a child's
     * own (a half-sibling living elsewhere, a child away that night): by the child's position in the contact's
     * {@code children}, and a fact left null there falls back to the contact's.
     */
    public record DomesticAbuse(DashRisk dashRisk, Boolean childrenPresent, Instant incidentAt, Boolean childrenInHousehold,
                                List<ChildAtIncident> children) {

        public DomesticAbuse {
            children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
        }

        public DomesticAbuse(DashRisk dashRisk, Boolean childrenPresent, Instant incidentAt) {
            this(dashRisk, childrenPresent, incidentAt, null, null);
        }

        public DomesticAbuse(DashRisk dashRisk, Boolean childrenPresent, Instant incidentAt, Boolean childrenInHousehold) {
            this(dashRisk, childrenPresent, incidentAt, childrenInHousehold, null);
        }

        /** Whether the child at {@code childIndex} lives in the household: its own fact, else the contact's (null: unknown). */
        public Boolean livesInHousehold(int childIndex) {
            return own(childIndex).map(ChildAtIncident::inHousehold).orElse(childrenInHousehold);
        }

        /** Whether the child at {@code childIndex} was present at the incident: its own fact, else the contact's. */
        public Boolean presentAtIncident(int childIndex) {
            return own(childIndex).map(ChildAtIncident::present).orElse(childrenPresent);
        }

        private Optional<ChildAtIncident> own(int childIndex) {
            return children.stream().filter(child -> child != null && child.childIndex() != null && child.childIndex() == childIndex)
                    .findFirst();
        }
    }

    /** One child's own domestic-abuse facts; {@code childIndex} counts from 0 in the contact's {@code children}. */
    public record ChildAtIncident(Integer childIndex, Boolean inHousehold, Boolean present) {
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

    /** An empty submission to fill in by name, in place of the thirteen positional arguments. */
    public static Builder builder() {
        return new Builder();
    }

    /** This submission to change a field or two of. */
    public Builder toBuilder() {
        return new Builder().packId(packId).externalReference(externalReference).channel(channel).receivedAt(receivedAt)
                .referrer(referrer).children(children).adults(adults).concerns(concerns).domesticAbuse(domesticAbuse)
                .allegationAgainstPersonInPositionOfTrust(allegationAgainstPersonInPositionOfTrust).immediateDanger(immediateDanger)
                .consent(consent).knownToServices(knownToServices);
    }

    /** Builds a {@link ContactSubmission}; a field not set is null (no children or adults: empty lists). */
    public static final class Builder {

        private String packId;
        private String externalReference;
        private Channel channel;
        private Instant receivedAt;
        private Referrer referrer;
        private List<Child> children;
        private List<Adult> adults;
        private Concerns concerns;
        private DomesticAbuse domesticAbuse;
        private Boolean allegationAgainstPersonInPositionOfTrust;
        private Boolean immediateDanger;
        private Consent consent;
        private Boolean knownToServices;

        private Builder() {
        }

        public Builder packId(String packId) {
            this.packId = packId;
            return this;
        }

        public Builder externalReference(String externalReference) {
            this.externalReference = externalReference;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public Builder referrer(Referrer referrer) {
            this.referrer = referrer;
            return this;
        }

        public Builder children(List<Child> children) {
            this.children = children;
            return this;
        }

        public Builder adults(List<Adult> adults) {
            this.adults = adults;
            return this;
        }

        public Builder concerns(Concerns concerns) {
            this.concerns = concerns;
            return this;
        }

        public Builder domesticAbuse(DomesticAbuse domesticAbuse) {
            this.domesticAbuse = domesticAbuse;
            return this;
        }

        public Builder allegationAgainstPersonInPositionOfTrust(Boolean allegation) {
            this.allegationAgainstPersonInPositionOfTrust = allegation;
            return this;
        }

        public Builder immediateDanger(Boolean immediateDanger) {
            this.immediateDanger = immediateDanger;
            return this;
        }

        public Builder consent(Consent consent) {
            this.consent = consent;
            return this;
        }

        public Builder knownToServices(Boolean knownToServices) {
            this.knownToServices = knownToServices;
            return this;
        }

        public ContactSubmission build() {
            return new ContactSubmission(packId, externalReference, channel, receivedAt, referrer, children, adults, concerns,
                    domesticAbuse, allegationAgainstPersonInPositionOfTrust, immediateDanger, consent, knownToServices);
        }
    }
}
