package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.IntegrationEvent;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpSteppedUp;
import java.util.Map;

/**
 * A step-up goes back through the front door's own way in: a {@code multi-agency-referral} v1 on the partner-referrals
 * topic in that feed's wire format (headers type, version, sender; key = the reference), so intake validates,
 * de-duplicates and records it like any partner's referral.
 */
public final class StepUpReferral {

    static final String SENDER = "frontdoor-early-help";

    private StepUpReferral() {
    }

    public static IntegrationEvent toIntake(EarlyHelpSteppedUp steppedUp) {
        return IntegrationEvent.bare(Topics.PARTNER_REFERRALS, steppedUp.newContactReference(), steppedUp.referral(),
                Map.of("type", "multi-agency-referral", "version", "1", "sender", SENDER));
    }
}
