package io.frontdoor.projection.review;

import io.frontdoor.projection.contact.ContactCase;
import io.frontdoor.projection.contact.Decision;
import java.time.Instant;
import java.util.List;

/**
 * A contact whose decision an auditor or manager looks at again: an override of the recommendation (up, down, or other
 * routes) with its authorisation, or a decision a manager returned. {@code decisions}: every decision recorded on the
 * contact, in order, so a returned one is shown with what replaced it.
 */
public record DecisionUnderReview(String contactId, String packId, Instant receivedAt, String referrerAgency, String status,
                                  String recommendedLevel, List<Decision> decisions, List<String> reasons) {

    static final String NONE = "NONE";

    /** The contact's reasons for review, empty when it has none. */
    static List<String> reasons(ContactCase contact) {
        List<String> reasons = new java.util.ArrayList<>();
        for (Decision decision : contact.decisions()) {
            if (decision.overrideDirection() != null && !NONE.equals(decision.overrideDirection())
                    && !reasons.contains("OVERRIDE_" + decision.overrideDirection())) {
                reasons.add("OVERRIDE_" + decision.overrideDirection());
            }
            if ("RETURNED".equals(decision.authorisation()) && !reasons.contains("RETURNED")) {
                reasons.add("RETURNED");
            }
        }
        return reasons;
    }

    static DecisionUnderReview of(ContactCase contact, List<String> reasons) {
        return new DecisionUnderReview(contact.contactId(), contact.packId(), contact.receivedAt(), contact.referrerAgency(),
                contact.status().name(), contact.recommendation() == null || contact.recommendation().level() == null ? null
                        : contact.recommendation().level().localName(), contact.decisions(), reasons);
    }
}
