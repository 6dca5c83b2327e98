package io.frontdoor.web.partner;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.services.TolerantMap;
import io.frontdoor.web.signin.Person;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's own referrals, from the projection's partner view (which holds them to their agency: another agency's
 * referral is "not found", and the attempt is audited there): status, decision and routes as the feedback words them,
 * every message sent, the promises and whether they were kept, and their disagreements stage by stage. From a referral
 * they add information (an update of the contact, through intake) or raise a disagreement (triage).
 */
@Controller
class YourReferralsController {

    private final Services services;
    private final ReferralUpdate update;

    YourReferralsController(Services services, ReferralUpdate update) {
        this.services = services;
        this.update = update;
    }

    @GetMapping("/your-referrals")
    String referrals(Model model) {
        model.addAttribute("referrals", services.list(Service.PROJECTION, "/api/partner/referrals"));
        return "partner/referrals";
    }

    @GetMapping("/your-referrals/{contactId}")
    String referral(@PathVariable String contactId, Model model) {
        return render(model, contactId, FormErrors.none(), Map.of());
    }

    @PostMapping("/your-referrals/{contactId}/information")
    String addInformation(@PathVariable String contactId, @RequestParam(defaultValue = "") String information,
                          Authentication authentication, Model model, RedirectAttributes done) {
        if (information.isBlank()) {
            return render(model, contactId, FormErrors.none().add("information", "Enter the information to add"),
                    Map.of("information", information));
        }
        try {
            update.addInformation(contactId, information.trim(), Person.of(authentication));
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return render(model, contactId, FormErrors.from(refused, Map.of(), "information"), Map.of("information", information));
        }
        done.addFlashAttribute("confirmation", "Your information was added to the referral. The front door has been told.");
        return "redirect:/your-referrals/" + contactId;
    }

    @PostMapping("/your-referrals/{contactId}/disagreements")
    String disagree(@PathVariable String contactId, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "STANDARD") String concernLevel, Model model, RedirectAttributes done) {
        Map<String, String> typed = Map.of("reason", reason, "concernLevel", concernLevel);
        if (reason.isBlank()) {
            return render(model, contactId, FormErrors.none().add("reason", "Enter what you disagree with and why"), typed);
        }
        try {
            services.post(Service.TRIAGE, "/api/triages/{id}/disagreements",
                    Map.of("reason", reason.trim(), "concernLevel", "HIGH".equals(concernLevel) ? "HIGH" : "STANDARD"), contactId);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return render(model, contactId, FormErrors.from(refused, Map.of(), "reason"), typed);
        }
        done.addFlashAttribute("confirmation", "Your disagreement was raised. Each stage and its time limit are shown below.");
        return "redirect:/your-referrals/" + contactId + "#disagreements";
    }

    private String render(Model model, String contactId, FormErrors errors, Map<String, String> typed) {
        model.addAttribute("referral", services.get(Service.PROJECTION, "/api/partner/referrals/{id}", contactId));
        model.addAttribute("contactId", contactId);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", TolerantMap.of(new HashMap<>(typed)));
        return "partner/referral";
    }
}
