package io.frontdoor.kernel.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"LU1 2BQ", "lu12bq", "NG1 1AA", "LE1 6ZG", "DN15 6NL", "W1A 0AX", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH", "GIR 0AA"})
    void acceptsWellFormedPostcodes(String postcode) {
        assertThat(Postcode.isValid(postcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QA1 1AA", "VA1 1AA", "XA1 1AA", "AI1 1AA", "AJ1 1AA", "AZ1 1AA", "LU1 2CQ", "LU1 2BI", "LU1 2BK", "LU1 2MB", "LU1 2BO", "LU1 2VB",
            "LU1", "12345", "", "LU1 2BQX"})
    void rejectsWhatBs7666Forbids(String postcode) {
        assertThat(Postcode.isValid(postcode)).isFalse();
    }

    @Test
    void normalisesSpacingAndCase() {
        assertThat(new Postcode(" lu12bq ").value()).isEqualTo("LU1 2BQ");
        assertThat(new Postcode("dn15  6nl").value()).isEqualTo("DN15 6NL");
    }
}
