package io.frontdoor.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The service's JWT decoder, remembering each token it has verified until the token expires. A client sends the same
 * token with every request until it expires, and checking its RSA signature again each time was the largest single cost
 * of an API request (a profile of intake under load: 15% of a REST submission's CPU). A token seen for the first time, one
 * without an expiry, or one the decoder refuses is decoded and checked in full, every time; so is any token once its
 * expiry has passed. At most {@code capacity} tokens are remembered; the least recently used go first.
 */
public class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder decoder, int capacity) {
        this(decoder, capacity, Clock.systemUTC(), Ticker.systemTicker());
    }

    VerifiedTokens(JwtDecoder decoder, int capacity, Clock clock, Ticker ticker) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).ticker(ticker)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> untilExpiry(jwt))).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant())) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private Duration untilExpiry(Jwt jwt) {
        return Duration.between(clock.instant(), jwt.getExpiresAt());
    }
}
