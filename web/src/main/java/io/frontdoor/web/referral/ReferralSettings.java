package io.frontdoor.web.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which partnership's threshold pack the referral form uses ({@code frontdoor.web.referral.pack-id}, Luton unless set). */
@ConfigurationProperties("frontdoor.web.referral")
public record ReferralSettings(String packId) {

    public ReferralSettings {
        packId = packId == null || packId.isBlank() ? "luton" : packId.strip();
    }
}
