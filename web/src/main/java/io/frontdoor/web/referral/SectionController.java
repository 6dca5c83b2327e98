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

    @GetMapping("/refer/{draftId}/children")
    String children(@PathVariable String draftId, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (form.children().isEmpty()) {
            return "redirect:/refer/" + draftId + "/children/0";
        }
        return list(model, draftId, authentication, form, "children", FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/children")
    String childrenDone(@PathVariable String draftId, @RequestParam(required = false) String addAnother,
                        Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (addAnother == null) {
            return list(model, draftId, authentication, form, "children",
                    FormErrors.none().add("add-another", "Select yes if you need to add another child"));
        }
        if ("yes".equals(addAnother)) {
            return "redirect:/refer/" + draftId + "/children/" + form.children().size();
        }
        drafts.save(draftId, form.markDone(ReferralForm.CHILDREN));
        return "redirect:/refer/" + draftId;
    }

    @GetMapping("/refer/{draftId}/children/{index}")
    String child(@PathVariable String draftId, @PathVariable int index, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (index < 0 || index > form.children().size()) {
            return "redirect:/refer/" + draftId + "/children";
        }
        ChildAnswers child = index < form.children().size() ? form.children().get(index)
                : new ChildAnswers(null, null, null, null, null, null, null, null, null, null, null);
        model.addAttribute("index", index);
        return page(model, draftId, authentication, "child", child, FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/children/{index}")
    String saveChild(@PathVariable String draftId, @PathVariable int index, @ModelAttribute ChildAnswers child,
                     Authentication authentication, Model model) {
        FormErrors errors = AnswerChecks.child(child, LocalDate.now(LONDON));
        ReferralForm form = drafts.load(draftId);
        if (errors.any() || index < 0 || index > form.children().size()) {
            model.addAttribute("index", index);
            return page(model, draftId, authentication, "child", child, errors);
        }
        drafts.save(draftId, form.withChild(index, child));
        return "redirect:/refer/" + draftId + "/children";
    }

    @PostMapping("/refer/{draftId}/children/{index}/remove")
    String removeChild(@PathVariable String draftId, @PathVariable int index) {
        ReferralForm form = drafts.load(draftId);
        if (index >= 0 && index < form.children().size()) {
            drafts.save(draftId, form.withoutChild(index));
        }
        return "redirect:/refer/" + draftId + "/children";
    }

    @GetMapping("/refer/{draftId}/adults")
    String adults(@PathVariable String draftId, Authentication authentication, Model model) {
        return list(model, draftId, authentication, drafts.load(draftId), "adults", FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/adults")
    String adultsDone(@PathVariable String draftId, @RequestParam(required = false) String addAnother,
                      Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (addAnother == null) {
            return list(model, draftId, authentication, form, "adults",
                    FormErrors.none().add("add-another", "Select yes if you need to add an adult"));
        }
        if ("yes".equals(addAnother)) {
            return "redirect:/refer/" + draftId + "/adults/" + form.adults().size();
        }
        drafts.save(draftId, form.markDone(ReferralForm.ADULTS));
        return "redirect:/refer/" + draftId;
    }

    @GetMapping("/refer/{draftId}/adults/{index}")
    String adult(@PathVariable String draftId, @PathVariable int index, Authentication authentication, Model model) {
        ReferralForm form = drafts.load(draftId);
        if (index < 0 || index > form.adults().size()) {
            return "redirect:/refer/" + draftId + "/adults";
        }
        AdultAnswers adult = index < form.adults().size() ? form.adults().get(index)
                : new AdultAnswers(null, null, null, null, null, null);
        model.addAttribute("index", index);
        return page(model, draftId, authentication, "adult", adult, FormErrors.none());
    }

    @PostMapping("/refer/{draftId}/adults/{index}")
    String saveAdult(@PathVariable String draftId, @PathVariable int index, @ModelAttribute AdultAnswers adult,
                     Authentication authentication, Model model) {
        FormErrors errors = AnswerChecks.adult(adult, LocalDate.now(LONDON));
        ReferralForm form = drafts.load(draftId);
        if (errors.any() || index < 0 || index > form.adults().size()) {
            model.addAttribute("index", index);
            return page(model, draftId, authentication, "adult", adult, errors);
        }
        drafts.save(draftId, form.withAdult(index, adult));
        return "redirect:/refer/" + draftId + "/adults";
    }

    @PostMapping("/refer/{draftId}/adults/{index}/remove")
    String removeAdult(@PathVariable String draftId, @PathVariable int index) {
        ReferralForm form = drafts.load(draftId);
        if (index >= 0 && index < form.adults().size()) {
            drafts.save(draftId, form.withoutAdult(index));
        }
        return "redirect:/refer/" + draftId + "/adults";
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

    private String list(Model model, String draftId, Authentication authentication, ReferralForm form, String which, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("which", which);
        return page(model, draftId, authentication, "people", null, errors);
    }
}
