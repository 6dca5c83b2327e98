package io.frontdoor.web.partner;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.services.TolerantMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MASH checks asked of the partner's agency: the list (projection: which children, when asked, due, answered), one
 * check with its question (triage, audited; another agency's check is "not found") and the partner's answer, which
 * triage records as the check's response — the worker sees it on the contact.
 */
@Controller
class PartnerChecksController {

    private final Services services;

    PartnerChecksController(Services services) {
        this.services = services;
    }

    @GetMapping("/partner-checks")
    String checks(Model model) {
        model.addAttribute("checks", services.list(Service.PROJECTION, "/api/partner/checks"));
        model.addAttribute("now", Instant.now());
        return "partner/checks";
    }

    @GetMapping("/partner-checks/{contactId}/{checkId}")
    String check(@PathVariable String contactId, @PathVariable String checkId, Model model) {
        return render(model, contactId, checkId, FormErrors.none(), "");
    }

    @PostMapping("/partner-checks/{contactId}/{checkId}")
    String answer(@PathVariable String contactId, @PathVariable String checkId, @RequestParam(defaultValue = "") String response,
                  Model model, RedirectAttributes done) {
        if (response.isBlank()) {
            return render(model, contactId, checkId, FormErrors.none().add("response", "Enter your agency's answer"), response);
        }
        try {
            services.post(Service.TRIAGE, "/api/triages/{c}/partner-checks/{k}/response", Map.of("response", response.trim()),
                    contactId, checkId);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return render(model, contactId, checkId, FormErrors.from(refused, Map.of(), "response"), response);
        }
        done.addFlashAttribute("confirmation", "Your answer was sent to the front door");
        return "redirect:/partner-checks/" + contactId + "/" + checkId;
    }

    private String render(Model model, String contactId, String checkId, FormErrors errors, String typed) {
        model.addAttribute("check", services.get(Service.TRIAGE, "/api/triages/{c}/partner-checks/{k}", contactId, checkId));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", TolerantMap.of(new HashMap<>(Map.of("response", typed))));
        model.addAttribute("now", Instant.now());
        return "partner/check";
    }
}
