package io.frontdoor.kernel.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "4010232137", "9999999999"})
    void acceptsNumbersWhoseCheckDigitMatches(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "943476591A", "", "1000000010"})
    void rejectsWrongCheckDigitLengthOrCharacters(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aCheckOfTenIsNeverValid() {
        // 000000001x: sum = 1*2 = 2, 11 - 2 = 9 → valid ends in 9; 000000010x: sum = 3, check 8.
        // 1000000000 prefix 100000000: sum = 10, check = 1; prefix 000000006: sum 12 → 11-1 = 10 → invalid whatever the last digit.
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("000000006" + last)).isFalse();
        }
        assertThatThrownBy(() -> new NhsNumber("0000000060")).isInstanceOf(IllegalArgumentException.class);
    }
}
