package io.frontdoor.kernel.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactIdsTest {

    @Test
    void theSameSenderAndReferenceIsTheSameContact() {
        assertThat(ContactIds.forPartnerFeed("demoshire-police", "DA-1"))
                .isEqualTo(ContactIds.forPartnerFeed(" Demoshire-Police ", "DA-1 "))
                .isNotEqualTo(ContactIds.forPartnerFeed("demoshire-police", "DA-2"))
                .isNotEqualTo(ContactIds.forPartnerFeed("otherford-police", "DA-1"));
    }

    @Test
    void partnerAgenciesAreTheProfessionalOnes() {
        assertThat(AgencyType.POLICE.isPartnerAgency()).isTrue();
        assertThat(AgencyType.EDUCATION.isPartnerAgency()).isTrue();
        assertThat(AgencyType.MEMBER_OF_PUBLIC.isPartnerAgency()).isFalse();
        assertThat(AgencyType.ANONYMOUS.isPartnerAgency()).isFalse();
    }
}
