package io.frontdoor.kernel.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CIN census referral sources, written here by hand from the DfE's published code list as the CIN census XSD
 * ({@code referralsourcetype}, liia-tools {@code liiatools/spec/cin_census/CIN_schema_2024.xsd}) and Ofsted's Annex A
 * template (liia-tools {@code liiatools/annex_a_pipeline/spec/Annex_A_schema.yml}, "Contact Source") carry it.
 */
class ReferralSourceTest {

    @Test
    void theCensusCodesAreExactlyThePublishedOnes() {
        assertThat(Arrays.stream(ReferralSource.values()).map(ReferralSource::code)).containsExactly(
                "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
                "6", "7", "8", "9", "10");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "POLICE, -, 6",
            "HEALTH, GP, 3A",
            "HEALTH, HEALTH_VISITOR, 3B",
            "HEALTH, SCHOOL_NURSE, 3C",
            "HEALTH, OTHER_PRIMARY_HEALTH, 3D",
            "HEALTH, EMERGENCY_DEPARTMENT, 3E",
            "HEALTH, OTHER_HEALTH, 3F",
            "HEALTH, -, 3F",
            "EDUCATION, -, 2A",
            "EDUCATION, SCHOOL, 2A",
            "EDUCATION, EDUCATION_SERVICE, 2B",
            "EARLY_YEARS, -, 2B",
            "EARLY_YEARS, CHILDRENS_CENTRE, 8",
            "HOUSING, -, 4",
            "LOCAL_AUTHORITY, SOCIAL_CARE, 5A",
            "LOCAL_AUTHORITY, OTHER_INTERNAL, 5B",
            "LOCAL_AUTHORITY, -, 5B",
            "OTHER_LA, -, 5C",
            "OTHER_LA, SOCIAL_CARE, 5C",
            "LOCAL_AUTHORITY, EARLY_HELP, 5D",
            "PROBATION, -, 7",
            "PROBATION, COURT, 7",
            "VOLUNTARY_SECTOR, -, 8",
            "FAMILY_MEMBER, -, 1A",
            "MEMBER_OF_PUBLIC, ACQUAINTANCE, 1B",
            "SELF, -, 1C",
            "MEMBER_OF_PUBLIC, -, 1D",
            "MEMBER_OF_PUBLIC, STRANGER, 1D",
            "ANONYMOUS, -, 9",
    })
    void agencyTypeAndServiceGiveTheCensusSource(AgencyType agency, ReferrerService service, String code) {
        assertThat(ReferralSource.of(agency, service).code()).isEqualTo(code);
    }

    @Test
    void noReferrerIsUnknownAndAServiceThatDoesNotFitTheAgencyIsIgnored() {
        assertThat(ReferralSource.of(null, null).code()).isEqualTo("10");
        assertThat(ReferralSource.of(AgencyType.POLICE, ReferrerService.GP).code()).isEqualTo("6");
    }

    @Test
    void everyAgencyTypeHasASourceWithoutAService() {
        for (AgencyType agency : AgencyType.values()) {
            assertThat(agency.cinCensusSource()).isNotEqualTo("10");
        }
    }
}
