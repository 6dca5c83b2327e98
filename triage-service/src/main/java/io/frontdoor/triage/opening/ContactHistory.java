package io.frontdoor.triage.opening;

import io.frontdoor.triage.threshold.Rag;
import io.frontdoor.triage.triage.TriageCommands.ChildLink;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the front door already knows of these children, fed into the recommendation. Repeated contacts are how
 * cumulative harm shows (22.6% of referrals in England are re-referrals within 12 months): three or more contacts
 * in a year, or an earlier social-care response, raise a GREEN contact to AMBER. It never lowers anything.
 */
final class ContactHistory {

    static final int REPEATED = 3;
    static final String RULE_ID = "frontdoor.history.re-contact";

    private final int mostPreviousContacts;
    private final boolean previouslyReferred;

    private ContactHistory(int mostPreviousContacts, boolean previouslyReferred) {
        this.mostPreviousContacts = mostPreviousContacts;
        this.previouslyReferred = previouslyReferred;
    }

    static ContactHistory of(List<ChildLink> links) {
        return new ContactHistory(links.stream().mapToInt(ChildLink::previousContactsIn12Months).max().orElse(0),
                links.stream().anyMatch(ChildLink::previouslySubjectToPlanOrReferral));
    }

    boolean known() {
        return mostPreviousContacts > 0 || previouslyReferred;
    }

    Rag raise(Rag rag) {
        boolean cumulative = mostPreviousContacts >= REPEATED || previouslyReferred;
        return cumulative && rag == Rag.GREEN ? Rag.AMBER : rag;
    }

    ObjectNode annotate(ObjectNode recommendation, Rag rag) {
        recommendation.put("previousContactsIn12Months", mostPreviousContacts);
        recommendation.put("previouslySubjectToPlanOrReferral", previouslyReferred);
        if (!known()) {
            return recommendation;
        }
        String explanation = "Known to the front door: " + mostPreviousContacts + " earlier contact(s) in the last 12 months"
                + (previouslyReferred ? ", and an earlier social-care response" : "")
                + ". Read the chronology and weigh cumulative concern.";
        recommendation.withArray("triggeredRules").addObject()
                .put("id", RULE_ID).put("kind", "HISTORY").put("explanation", explanation);
        recommendation.withArray("advice").add(explanation);
        recommendation.put("rag", rag.name());
        return recommendation;
    }
}
