package io.frontdoor.kernel.event;

import java.util.List;

/** Topic names are a fixed contract (docs/architecture.md, "Events"); each has a {@code .DLT} twin for messages that cannot be processed. */
public final class Topics {

    public static final String PARTNER_REFERRALS = "frontdoor.partner-referrals.v1";
    public static final String CONTACTS = "frontdoor.contacts.v1";
    public static final String TRIAGE = "frontdoor.triage.v1";
    public static final String PARTNER_FEEDBACK = "frontdoor.partner-feedback.v1";

    public static final List<String> ALL = List.of(PARTNER_REFERRALS, CONTACTS, TRIAGE, PARTNER_FEEDBACK);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".DLT";
    }
}
