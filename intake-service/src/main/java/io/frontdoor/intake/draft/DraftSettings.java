package io.frontdoor.intake.draft;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a draft is kept after it was last saved ({@code frontdoor.drafts.keep-for}, 7 days unless set) and how often
 * expired drafts are deleted ({@code frontdoor.drafts.sweep-every}).
 */
@ConfigurationProperties("frontdoor.drafts")
public record DraftSettings(Duration keepFor, Duration sweepEvery) {

    public DraftSettings {
        keepFor = keepFor == null ? Duration.ofDays(7) : keepFor;
        sweepEvery = sweepEvery == null ? Duration.ofHours(1) : sweepEvery;
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("frontdoor.drafts.keep-for must be positive");
        }
    }
}
