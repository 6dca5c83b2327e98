package io.frontdoor.web.referral;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.referral.ReferralForm.AboutYou;
import io.frontdoor.web.referral.ReferralForm.AdultAnswers;
import io.frontdoor.web.referral.ReferralForm.ChildAnswers;
import io.frontdoor.web.referral.ReferralForm.ConsentAnswers;
import io.frontdoor.web.referral.ReferralForm.DomesticAbuseAnswers;
import io.frontdoor.web.referral.ReferralForm.WhatHappened;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The question pages of a referral, one section each: a page's answers are checked, saved to the draft and the
 * referrer goes back to the task list (children and adults: to the list with "add another"). A page with mistakes
 * comes back with what was typed and the GOV.UK error summary; nothing is saved from it.
 */
@Controller
class SectionController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DraftStore drafts;
    private final ThresholdCheck threshold;

    SectionController(DraftStore drafts, ThresholdCheck threshold) {
        this.drafts = drafts;
        this.threshold = threshold;
    }

    @GetMapping("/refer/{draftId}/about-you")
    String aboutYou(@PathVariable String draftId, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        return page(model, draftId, authentication, "about-you", form.aboutYou() == null ? new AboutYou(null, null, null)
                : form.aboutYou(), FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/about-you")
    String saveAboutYou(@PathVariable String draftId, @ModelAttribute AboutYou answers, Authentication authentication, Model model) {
        FormErrors errors = AnswerChecks.aboutYou(answers);
        if (errors.any()) {
            return page(model, draftId, authentication, "about-you", answers, errors);
        }
        drafts.save(draftId, drafts.load(draftId).with(answers));
        return "redirect:/refer/" + draftId;
    }

    @GetMapping("/refer/{draftId}/{section:children|adults}")
    String people(@PathVariable String draftId, @PathVariable String section, Authentication authentication, Model model) {
        return list(RepeatingSection.named(section), draftId, authentication, model);
    }

    @PostMapping("/refer/{draftId}/{section:children|adults}")
    String peopleDone(@PathVariable String draftId, @PathVariable String section, @RequestParam(required = false) String addAnother,
                      Authentication authentication, Model model) {
        return listDone(RepeatingSection.named(section), draftId, addAnother, authentication, model);
    }

    @GetMapping("/refer/{draftId}/{section:children|adults}/{index}")
    String person(@PathVariable String draftId, @PathVariable String section, @PathVariable int index,
                  Authentication authentication, Model model) {
        return entry(RepeatingSection.named(section), draftId, index, authentication, model);
    }

    /** One POST each for a child and an adult: the form binds to that page's own answers. */
    @PostMapping("/refer/{draftId}/children/{index}")
    String saveChild(@PathVariable String draftId, @PathVariable int index, @ModelAttribute ChildAnswers child,
                     Authentication authentication, Model model) {
        return saveEntry(RepeatingSection.CHILDREN, draftId, index, child, authentication, model);
    }

    @PostMapping("/refer/{draftId}/adults/{index}")
    String saveAdult(@PathVariable String draftId, @PathVariable int index, @ModelAttribute AdultAnswers adult,
                     Authentication authentication, Model model) {
        return saveEntry(RepeatingSection.ADULTS, draftId, index, adult, authentication, model);
    }

    @PostMapping("/refer/{draftId}/{section:children|adults}/{index}/remove")
    String removePerson(@PathVariable String draftId, @PathVariable String section, @PathVariable int index) {
        return remove(RepeatingSection.named(section), draftId, index);
    }

    @GetMapping("/refer/{draftId}/what-happened")
    String whatHappened(@PathVariable String draftId, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        return page(model, draftId, authentication, "what-happened",
                form.whatHappened() == null ? new WhatHappened(null, null, null, null) : form.whatHappened(), FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/what-happened")
    String saveWhatHappened(@PathVariable String draftId, @ModelAttribute WhatHappened answers, Authentication authentication,
                            Model model) {
        FormErrors errors = AnswerChecks.whatHappened(answers);
        if (errors.any()) {
            return page(model, draftId, authentication, "what-happened", answers, errors);
        }
        drafts.save(draftId, drafts.load(draftId).with(answers));
        return "redirect:/refer/" + draftId;
    }

    @GetMapping("/refer/{draftId}/domestic-abuse")
    String domesticAbuse(@PathVariable String draftId, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        return page(model, draftId, authentication, "domestic-abuse", form.domesticAbuse() == null
                ? new DomesticAbuseAnswers(null, null, null, null, null, null, null, null) : form.domesticAbuse(), FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/domestic-abuse")
    String saveDomesticAbuse(@PathVariable String draftId, @ModelAttribute DomesticAbuseAnswers answers,
                             Authentication authentication, Model model) {
        FormErrors errors = AnswerChecks.domesticAbuse(answers, LocalDate.now(LONDON));
        if (errors.any()) {
            return page(model, draftId, authentication, "domestic-abuse", answers, errors);
        }
        drafts.save(draftId, drafts.load(draftId).with(answers));
        return "redirect:/refer/" + draftId;
    }

    @GetMapping("/refer/{draftId}/consent")
    String consent(@PathVariable String draftId, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        model.addAttribute("advice", threshold.advise(form, Referrer.of(authentication), draftId));
        return page(model, draftId, authentication, "consent",
                form.consent() == null ? new ConsentAnswers(null, null) : form.consent(), FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/consent")
    String saveConsent(@PathVariable String draftId, @ModelAttribute ConsentAnswers answers, Authentication authentication,
                       Model model) {
        ReferralForm form = drafts.load(draftId);
        ThresholdAdvice advice = threshold.advise(form, Referrer.of(authentication), draftId);
        FormErrors errors = AnswerChecks.consent(answers, advice.consentRequired());
        if (errors.any()) {
            model.addAttribute("advice", advice);
            return page(model, draftId, authentication, "consent", answers, errors);
        }
        drafts.save(draftId, form.with(answers));
        return "redirect:/refer/" + draftId;
    }

    private String page(Model model, String draftId, Authentication authentication, String name, Object answers, FormErrors errors) {
        model.addAttribute("draftId", draftId);
        model.addAttribute("referrer", Referrer.of(authentication));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "referral/" + name;
    }

    private String list(RepeatingSection<?> section, String draftId, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (section.startsWithFirst() && section.items().apply(form).isEmpty()) {
            return "redirect:/refer/" + draftId + "/" + section.name() + "/0";
        }
        return listPage(model, draftId, authentication, form, section.name(), FormErrors.none());
    }

    private String listDone(RepeatingSection<?> section, String draftId, String addAnother, Authentication authentication,
                            Model model) {
        ReferralForm form = drafts.load(draftId);
        if (addAnother == null) {
            return listPage(model, draftId, authentication, form, section.name(),
                    FormErrors.none().add("add-another", section.addAnotherMissing()));
        }
        if ("yes".equals(addAnother)) {
            return "redirect:/refer/" + draftId + "/" + section.name() + "/" + section.items().apply(form).size();
        }
        drafts.save(draftId, form.markDone(section.name()));
        return "redirect:/refer/" + draftId;
    }

    private String entry(RepeatingSection<?> section, String draftId, int index, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (!section.reachable(form, index)) {
            return "redirect:/refer/" + draftId + "/" + section.name();
        }
        model.addAttribute("index", index);
        return page(model, draftId, authentication, section.itemPage(), section.entry(form, index), FormErrors.none());
    }

    private <T> String saveEntry(RepeatingSection<T> section, String draftId, int index, T answers,
                                 Authentication authentication, Model model) {
        FormErrors errors = section.check().apply(answers, LocalDate.now(LONDON));
        ReferralForm form = drafts.load(draftId);
        if (errors.any() || !section.reachable(form, index)) {
            model.addAttribute("index", index);
            return page(model, draftId, authentication, section.itemPage(), answers, errors);
        }
        drafts.save(draftId, section.with().apply(form, index, answers));
        return "redirect:/refer/" + draftId + "/" + section.name();
    }

    private String remove(RepeatingSection<?> section, String draftId, int index) {
        ReferralForm form = drafts.load(draftId);
        if (index >= 0 && index < section.items().apply(form).size()) {
            drafts.save(draftId, section.without().apply(form, index));
        }
        return "redirect:/refer/" + draftId + "/" + section.name();
    }

    private String listPage(Model model, String draftId, Authentication authentication, ReferralForm form, String which,
                            FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("which", which);
        return page(model, draftId, authentication, "people", null, errors);
    }
}
