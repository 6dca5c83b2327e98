package io.frontdoor.triage.earlyhelp;

import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.IntegrationEvent;
import io.frontdoor.triage.earlyhelp.EarlyHelpMessages.EarlyHelpSteppedUp;

/**
 * A step-up goes back through the front door's own way in: a general multi-agency referral on the partner-referrals
 * topic, keyed by its reference, so intake validates, de-duplicates and records it like any other contact.
 */
public final class StepUpReferral {

    public static final String TYPE = "GeneralReferral";

    private StepUpReferral() {
    }

    public static IntegrationEvent toIntake(EarlyHelpSteppedUp steppedUp) {
        return new IntegrationEvent(Topics.PARTNER_REFERRALS, steppedUp.newContactReference(), TYPE, steppedUp.referral());
    }
}
