package io.frontdoor.web.referral;

import io.frontdoor.web.errors.FormErrors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Making a referral, for partner referrers: the start page (resume a draft or start one), the task list, "Check your
 * answers" with what the threshold says, sending it to intake as the signed-in referrer, and the confirmation with
 * the reference and what happens next, by when. Each section's page is {@link SectionController}'s.
 */
@Controller
class ReferralController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReferralController.class);

    private final DraftStore drafts;
    private final ThresholdCheck threshold;
    private final io.frontdoor.web.services.Services services;
    private final Clock clock = Clock.systemUTC();

    ReferralController(DraftStore drafts, ThresholdCheck threshold, io.frontdoor.web.services.Services services) {
        this.drafts = drafts;
        this.threshold = threshold;
        this.services = services;
    }

    @GetMapping("/refer")
    String start(Model model) {
        model.addAttribute("drafts", drafts.mine());
        return "referral/start";
    }

    @PostMapping("/refer")
    String startNew() {
        return "redirect:/refer/" + drafts.start();
    }

    @GetMapping("/refer/{draftId}")
    String taskList(@PathVariable String draftId, Authentication authentication, Model model) {
        Referrer referrer = Referrer.of(authentication);
        ReferralForm form = drafts.load(draftId);
        model.addAttribute("draftId", draftId);
        model.addAttribute("form", form);
        model.addAttribute("referrer", referrer);
        List<String> sections = ReferralForm.sections(referrer);
        model.addAttribute("sections", sections);
        model.addAttribute("completed", sections.stream().filter(form::isDone).count());
        model.addAttribute("sectionNames", ReferralForm.SECTION_NAMES);
        return "referral/task-list";
    }

    @GetMapping("/refer/{draftId}/check")
    String check(@PathVariable String draftId, Authentication authentication, Model model) {
        Referrer referrer = Referrer.of(authentication);
        ReferralForm form = drafts.load(draftId);
        if (!form.allDone(referrer)) {
            return "redirect:/refer/" + draftId;
        }
        return showCheck(model, draftId, form, referrer, FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/send")
    String send(@PathVariable String draftId, Authentication authentication, Model model, RedirectAttributes sent) {
        Referrer referrer = Referrer.of(authentication);
        ReferralForm form = drafts.load(draftId);
        if (!form.allDone(referrer)) {
            return "redirect:/refer/" + draftId;
        }
        ThresholdAdvice advice = threshold.advise(form, referrer, draftId);
        if (form.consent() != null && AnswerChecks.consent(form.consent(), advice.consentRequired()).any()) {
            return showCheck(model, draftId, form, referrer, FormErrors.none().add("section-consent",
                    "This referral needs the parents' consent: change your answer to the consent question"));
        }
        Instant receivedAt = clock.instant();
        Map<String, Object> accepted;
        try {
            accepted = services.post(io.frontdoor.web.services.Services.Service.INTAKE, "/api/contacts",
                    Submissions.of(form, referrer, threshold.packId(), draftId, receivedAt));
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.UnprocessableContent refused) {
            FormErrors problems = SendProblems.from(refused);
            log.info("intake refused a referral from the form: {} (sections at fault)", problems.all().stream()
                    .map(FormErrors.FieldError::field).distinct().toList());
            return showCheck(model, draftId, form, referrer, problems);
        }
        drafts.delete(draftId);
        sent.addFlashAttribute("reference", Submissions.reference(draftId));
        sent.addFlashAttribute("contactId", accepted.get("contactId"));
        sent.addFlashAttribute("advice", advice);
        sent.addFlashAttribute("next", WhatHappensNext.of(threshold.pack(), advice, receivedAt));
        sent.addFlashAttribute("packName", threshold.pack().get("name"));
        return "redirect:/refer/sent";
    }

    @GetMapping("/refer/sent")
    String sent(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/refer";
        }
        return "referral/sent";
    }

    private String showCheck(Model model, String draftId, ReferralForm form, Referrer referrer, FormErrors errors) {
        model.addAttribute("draftId", draftId);
        model.addAttribute("form", form);
        model.addAttribute("referrer", referrer);
        model.addAttribute("errors", errors);
        model.addAttribute("advice", threshold.advise(form, referrer, draftId));
        model.addAttribute("indicators", ticked(form));
        return "referral/check";
    }

    @SuppressWarnings("unchecked")
    private List<String> ticked(ReferralForm form) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) threshold.pack().getOrDefault("indicators", List.of());
        return all.stream().filter(indicator -> form.indicatorIds().contains(String.valueOf(indicator.get("id"))))
                .map(indicator -> "Level " + indicator.get("level") + ": " + indicator.get("text")).toList();
    }
}
