package io.frontdoor.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeInWordsTest {

    @Test
    void timeLeftAndOverdueInWords() {
        assertThat(TimeInWords.timeLeft(-(2 * 3600L + 10 * 60))).isEqualTo("overdue by 2 h 10 min");
        assertThat(TimeInWords.timeLeft(3 * 3600L)).isEqualTo("3 h left");
        assertThat(TimeInWords.timeLeft(25 * 60L + 30)).isEqualTo("25 min left");
        assertThat(TimeInWords.timeLeft(-(3 * 86400L + 4 * 3600 + 59))).isEqualTo("overdue by 3 days 4 h");
        assertThat(TimeInWords.timeLeft(86400L)).isEqualTo("1 day left");
        assertThat(TimeInWords.timeLeft(20L)).isEqualTo("1 min left");
        assertThat(TimeInWords.timeLeft(null)).isEmpty();
    }
}
