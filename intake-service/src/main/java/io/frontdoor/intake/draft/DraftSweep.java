package io.frontdoor.intake.draft;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes drafts left unsent past their time: a half-finished referral names children, so it is not kept longer than
 * its author needs it. Safe on several instances at once (a delete of what has expired).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DraftSettings.class)
class DraftSweep {

    private static final Logger log = LoggerFactory.getLogger(DraftSweep.class);

    private final Drafts drafts;

    DraftSweep(Drafts drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "${frontdoor.drafts.sweep-every:PT1H}", initialDelayString = "PT1M")
    void deleteExpiredDrafts() {
        int deleted = drafts.deleteExpired();
        if (deleted > 0) {
            log.info("deleted {} expired referral drafts", deleted);
        }
    }
}
