package io.frontdoor.kernel.event.triage;

import java.time.Instant;
import java.util.List;

/**
 * Triage ran the pack again on an updated contact (ContactUpdated {@code updateNumber}). Recorded for every update, even
 * when nothing rose. {@code raised} names what rose against the recommendation in force: {@code LEVEL}, {@code RAG},
 * {@code ROUTES} (empty: nothing did, and the recommendation in force stands). {@code recommendation} is the pack's
 * advice on the new submission (null with {@code recommendationProblem} when the engine could not judge it).
 * {@code rag} and {@code decisionDueAt} are those in force after the update: when something rose on an undecided
 * contact the due time moved from {@code previousDecisionDueAt}. {@code triageStatus}: OPEN, AWAITING_AUTHORISATION,
 * DECIDED or CLOSED when the update arrived.
 */
public record UpdateEvaluatedV1(String contactId, int updateNumber, List<String> changes, String sentBy,
                                List<String> raised, RecommendationV1 recommendation, String recommendationProblem,
                                String rag, Instant decisionDueAt, Instant previousDecisionDueAt, String triageStatus) {

    public static final String TYPE = "UpdateEvaluated";
}
