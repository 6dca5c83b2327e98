package io.frontdoor.triage.opening;

import io.frontdoor.triage.triage.TriageCommands.ChildLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the front door already knows of these children, shown beside the recommendation as advice: how many earlier
 * contacts in the last 12 months, and whether one had a social-care response. It changes no level or RAG: what a
 * history changes is each pack's own {@code HISTORY} rules, which quote their seed document.
 */
final class ContactHistory {

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

    /** Adds the history to the recommendation's document (as the triage records it), and returns the document. */
    @SuppressWarnings("unchecked")
    Map<String, Object> annotate(Map<String, Object> recommendation) {
        recommendation.put("previousContactsIn12Months", mostPreviousContacts);
        recommendation.put("previouslySubjectToPlanOrReferral", previouslyReferred);
        if (!known()) {
            return recommendation;
        }
        String explanation = "Known to the front door: " + mostPreviousContacts + " earlier contact(s) in the last 12 months"
                + (previouslyReferred ? ", and an earlier social-care response" : "")
                + ". Read the chronology and weigh cumulative concern.";
        ((List<Object>) recommendation.computeIfAbsent("advice", key -> new ArrayList<>())).add(explanation);
        return recommendation;
    }
}
