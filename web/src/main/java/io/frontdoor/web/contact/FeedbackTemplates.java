package io.frontdoor.web.contact;

import io.frontdoor.web.packs.PackCatalogue;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Plain-language feedback to the referrer, one per outcome, for the worker to adjust before sending. Never the
 * rationale or other agencies' information: only what happens next.
 */
@Component("feedbackTemplates")
public class FeedbackTemplates {

    private final PackCatalogue packs;

    FeedbackTemplates(PackCatalogue packs) {
        this.packs = packs;
    }

    public String kindFor(TriageStory story) {
        TriageStory.Decision decision = story.standingDecision();
        return decision != null && !decision.acceptedForSocialCare() ? "NOT_ACCEPTED" : "OUTCOME";
    }

    public String messageFor(TriageStory story) {
        TriageStory.Decision decision = story.standingDecision();
        if (decision == null) {
            return "Thank you for your referral. We are looking at it now and will tell you what we decide.";
        }
        String routes = routes(story.packId(), decision.routes());
        if (!decision.acceptedForSocialCare()) {
            return "Thank you for your referral. We have looked at it carefully and it does not need a children's social care "
                    + "response. We have passed it to: " + routes + ". They will contact the family. "
                    + "If you are still worried, or anything changes, contact us again.";
        }
        return "Thank you for your referral. We have accepted it for a children's social care response: " + routes + ". "
                + "A social worker will be in touch with the family. Please keep us informed of anything new.";
    }

    private String routes(String packId, List<String> codes) {
        return codes.stream().map(code -> packs.routeName(packId, code)).collect(Collectors.joining(", "));
    }
}
