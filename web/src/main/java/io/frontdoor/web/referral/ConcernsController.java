package io.frontdoor.web.referral;

import io.frontdoor.web.errors.FormErrors;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The concerns page with its live threshold check: the partnership's indicators grouped by domain and level, and beside
 * them what the engine recommends so far, with its reasons. Without JavaScript, "Check the threshold" saves the ticks
 * and shows the page again with the recommendation; with it, each tick is saved and the recommendation replaced as
 * the boxes are ticked ({@code /concerns/advice} answers just that part of the page).
 */
@Controller
class ConcernsController {

    private final DraftStore drafts;
    private final ThresholdCheck threshold;

    ConcernsController(DraftStore drafts, ThresholdCheck threshold) {
        this.drafts = drafts;
        this.threshold = threshold;
    }

    @GetMapping("/refer/{draftId}/concerns")
    String concerns(@PathVariable String draftId, Authentication authentication, Model model) {
        return show(model, draftId, drafts.load(draftId), Referrer.of(authentication));
    }

    @PostMapping("/refer/{draftId}/concerns")
    String saveConcerns(@PathVariable String draftId, @RequestParam(required = false) List<String> indicatorIds,
                        @RequestParam(defaultValue = "continue") String action, Authentication authentication, Model model) {
        boolean moveOn = !"check".equals(action);
        ReferralForm form = drafts.load(draftId).withIndicators(ticked(indicatorIds), moveOn);
        drafts.save(draftId, form);
        return moveOn ? "redirect:/refer/" + draftId : show(model, draftId, form, Referrer.of(authentication));
    }

    @PostMapping("/refer/{draftId}/concerns/advice")
    String advice(@PathVariable String draftId, @RequestParam(required = false) List<String> indicatorIds,
                  Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId).withIndicators(ticked(indicatorIds), false);
        drafts.save(draftId, form);
        model.addAttribute("advice", threshold.advise(form, Referrer.of(authentication), draftId));
        return "referral/concerns :: advice";
    }

    private String show(Model model, String draftId, ReferralForm form, Referrer referrer) {
        model.addAttribute("draftId", draftId);
        model.addAttribute("form", form);
        model.addAttribute("referrer", referrer);
        List<ThresholdCheck.Group> groups = threshold.groups();
        model.addAttribute("groups", groups);
        model.addAttribute("openGroups", groups.stream().filter(group -> group.indicators().stream()
                .anyMatch(indicator -> form.indicatorIds().contains(String.valueOf(indicator.get("id"))))).map(ThresholdCheck.Group::id).toList());
        model.addAttribute("advice", threshold.advise(form, referrer, draftId));
        model.addAttribute("errors", FormErrors.none());
        return "referral/concerns";
    }

    private static List<String> ticked(List<String> indicatorIds) {
        return indicatorIds == null ? List.of() : indicatorIds.stream().filter(id -> !id.isBlank()).distinct().toList();
    }
}
