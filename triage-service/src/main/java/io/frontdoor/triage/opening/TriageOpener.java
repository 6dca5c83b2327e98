package io.frontdoor.triage.opening;

import io.frontdoor.kernel.contact.AgencyType;
import io.frontdoor.kernel.contact.ContactSubmission;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.frontdoor.platform.messaging.UnprocessableRecordException;
import io.frontdoor.triage.childindex.ChildIndex;
import io.frontdoor.triage.threshold.pack.Pack;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import io.frontdoor.kernel.code.Rag;
import io.frontdoor.triage.threshold.engine.Recommendation;
import io.frontdoor.triage.threshold.engine.ThresholdEngine;
import io.frontdoor.triage.triage.AuthorisationRules;
import io.frontdoor.triage.triage.Recommended;
import io.frontdoor.triage.triage.RecommendationDocument;
import io.frontdoor.triage.triage.TriageCommands.ChildLink;
import io.frontdoor.triage.triage.TriageCommands.OpenTriage;
import io.frontdoor.triage.triage.TriageCommands.ReevaluateTriage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Prepares the opening of a triage: links the children to those seen before, asks the threshold engine for its
 * recommendation (with their history), and sets urgency and due times by the pack and the working-day calendar.
 * A contact the engine cannot judge is still opened — with the reason — for a worker to decide: nothing accepted is lost.
 */
@Component
public class TriageOpener {

    private final PackRegistry packs;
    private final ThresholdEngine engine;
    private final ChildIndex children;
    private final PackCalendars calendars;

    public TriageOpener(PackRegistry packs, ThresholdEngine engine, ChildIndex children, PackCalendars calendars) {
        this.packs = packs;
        this.engine = engine;
        this.children = children;
        this.calendars = calendars;
    }

    private static Recommended recommended(Recommendation recommendation, Rag rag) {
        return new Recommended(recommendation.level().rank(), rag, recommendation.routes(),
                recommendation.children().stream().map(child -> new Recommended.ChildRecommended(child.index(), child.level().rank(),
                        child.rag(), child.routes())).toList());
    }

    /**
     * The pack's advice on an updated submission, and the decision due time it would set from when the update was
     * recorded: for the triage to weigh against what is in force ({@code Triage}). The children are not linked again.
     */
    public ReevaluateTriage reevaluate(String contactId, int updateNumber, ContactSubmission contact, List<String> changes,
                                       String sentBy, Instant recordedAt) {
        Pack pack = packs.find(contact.packId())
                .orElseThrow(() -> new UnprocessableRecordException("no threshold pack " + contact.packId()));
        try {
            Recommendation recommendation = engine.evaluate(pack, contact, children.historyOf(contactId));
            Rag rag = recommendation.rag();
            return new ReevaluateTriage(contactId, updateNumber, changes, sentBy,
                    recommended(recommendation, rag),
                    RecommendationDocument.of(recommendation), null, calendars.decisionDue(pack, recordedAt, recommendation, rag));
        } catch (InvalidSubmissionException cannotJudge) {
            return new ReevaluateTriage(contactId, updateNumber, changes, sentBy, null, null,
                    "the threshold engine could not judge this update: " + cannotJudge.getMessage(), null);
        }
    }

    public OpenTriage open(String contactId, ContactSubmission contact, Instant receivedAt) {
        Pack pack = packs.find(contact.packId())
                .orElseThrow(() -> new UnprocessableRecordException("no threshold pack " + contact.packId()));
        List<ChildLink> links = children.link(contactId, contact, receivedAt);
        AuthorisationRules authorisation = new AuthorisationRules(pack.authorisation().overrideDownwards(),
                pack.authorisation().noFurtherActionOnPoliceDomesticAbuse(),
                pack.authorisation().routes());
        boolean policeDa = contact.referrer().agencyType() == AgencyType.POLICE && contact.domesticAbuse() != null;
        Instant outcomeDue = pack.timescales().find("outcomeToReferrer")
                .map(t -> calendars.dueAt(pack, receivedAt, t)).orElse(null);
        try {
            Recommendation recommendation = engine.evaluate(pack, contact, children.historyOf(contactId));
            Rag rag = recommendation.rag();
            Map<String, Object> recorded = ContactHistory.of(links).annotate(RecommendationDocument.of(recommendation));
            Instant decisionDue = calendars.decisionDue(pack, receivedAt, recommendation, rag);
            return new OpenTriage(contactId, contact, receivedAt,
                    recommended(recommendation, rag),
                    recorded, null, rag.name(), decisionDue, recommendation.receivedOutOfHours(), authorisation, policeDa,
                    outcomeDue, links);
        } catch (InvalidSubmissionException cannotJudge) {
            Instant decisionDue = calendars.dueAt(pack, receivedAt, pack.timescales().forRag(Rag.AMBER));
            return new OpenTriage(contactId, contact, receivedAt, null, null,
                    "the threshold engine could not judge this contact: " + cannotJudge.getMessage(), Rag.AMBER.name(),
                    decisionDue, !pack.officeHours().openAt(receivedAt), authorisation, policeDa, outcomeDue, links);
        }
    }
}
