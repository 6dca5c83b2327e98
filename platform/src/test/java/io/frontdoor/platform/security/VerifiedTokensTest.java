package io.frontdoor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final AtomicLong nanos = new AtomicLong();
    final Ticker ticker = nanos::get;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final List<String> decoded = new ArrayList<>();

    /** Verifies in full (here: looks the token up), counting each time it is asked. */
    final JwtDecoder issuerChecks = token -> {
        decoded.add(token);
        return switch (token) {
            case "forged" -> throw new BadJwtException("An error occurred while attempting to decode the Jwt: Signed JWT rejected");
            case "no-expiry" -> Jwt.withTokenValue(token).header("alg", "RS256").subject("pat").build();
            default -> Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(NOW)
                    .expiresAt(NOW.plus(Duration.ofMinutes(5))).build();
        };
    };

    final VerifiedTokens tokens = new VerifiedTokens(issuerChecks, 100, clock, ticker);

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainUntilItExpires() {
        Jwt first = tokens.decode("pat-token");
        Jwt again = tokens.decode("pat-token");
        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("pat-token");
    }

    @Test
    void eachTokenIsVerifiedOnItsOwn() {
        assertThat(tokens.decode("pat-token").getSubject()).isEqualTo("pat-token");
        assertThat(tokens.decode("max-token").getSubject()).isEqualTo("max-token");
        assertThat(decoded).containsExactly("pat-token", "max-token");
    }

    @Test
    void onceItsExpiryHasPassedATokenIsVerifiedInFullAgain() {
        tokens.decode("pat-token");
        nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        tokens.decode("pat-token");
        assertThat(decoded).containsExactly("pat-token", "pat-token");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("forged", "forged");
    }

    @Test
    void aTokenWithoutAnExpiryIsNeverRemembered() {
        tokens.decode("no-expiry");
        tokens.decode("no-expiry");
        assertThat(decoded).containsExactly("no-expiry", "no-expiry");
    }
}
