package io.frontdoor.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A clock the tests set, so "time left" and "overdue" are facts of the test, not of when it runs. */
public final class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-11-25T12:00:00Z");

    public void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @TestConfiguration
    public static class Config {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
