package io.frontdoor.web.escalation;

import io.frontdoor.web.contact.ContactPage;
import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.signin.Person;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Professional disagreements about a contact's decision: raising one (the pack's escalation ladder starts), and a
 * manager recording each stage's outcome. The ladder, with each stage's role and due time, is on the contact page.
 */
@Controller
class DisagreementController {

    private final ContactPage page;
    private final Services services;

    DisagreementController(ContactPage page, Services services) {
        this.page = page;
        this.services = services;
    }

    @PostMapping("/contacts/{contactId}/disagreements")
    String raise(@PathVariable String contactId, @RequestParam(defaultValue = "") String reason,
                 @RequestParam(defaultValue = "STANDARD") String concernLevel, Authentication authentication, Model model,
                 RedirectAttributes done) {
        if (reason.isBlank()) {
            return page.render(model, contactId, Person.of(authentication),
                    FormErrors.none().add("disagreement-reason", "Enter what you disagree with and why"), Map.of());
        }
        return send(contactId, "/api/triages/{id}/disagreements", contactId,
                Map.of("reason", reason.trim(), "concernLevel", "HIGH".equals(concernLevel) ? "HIGH" : "STANDARD"),
                "Disagreement raised", "disagreement-reason", Map.of("reason", reason), authentication, model, done);
    }

    @PostMapping("/contacts/{contactId}/disagreements/{escalationId}/stage-outcome")
    String stageOutcome(@PathVariable String contactId, @PathVariable String escalationId,
                        @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
                        Authentication authentication, Model model, RedirectAttributes done) {
        String field = "outcome-" + escalationId;
        if (!outcome.matches("UPHELD|AGREEMENT_REACHED|ESCALATED")) {
            return page.render(model, contactId, Person.of(authentication),
                    FormErrors.none().add(field, "Select the outcome of this stage"), Map.of());
        }
        return send(contactId, "/api/escalations/{id}/stage-outcome", escalationId, Map.of("outcome", outcome, "note", note.trim()),
                "Stage outcome recorded", field, Map.of(), authentication, model, done);
    }

    private String send(String contactId, String uri, String id, Map<String, Object> body, String confirmation, String field,
                        Map<String, String> typed, Authentication authentication, Model model, RedirectAttributes done) {
        try {
            services.post(Service.TRIAGE, uri, body, id);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return page.render(model, contactId, Person.of(authentication), FormErrors.from(refused, Map.of(), field), typed);
        }
        done.addFlashAttribute("confirmation", confirmation);
        return "redirect:/contacts/" + contactId + "#disagreements";
    }
}
