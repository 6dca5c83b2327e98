package io.frontdoor.web.contact;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.signin.Person;
import java.util.LinkedHashMap;
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
 * The contact page and the small steps taken from it: allocation, partner checks and their answers, the strategy
 * discussion's outcome, feedback to the referrer. Each is one command to triage as the signed-in person; a form with
 * mistakes comes back with the error summary and what was typed.
 */
@Controller
class ContactController {

    private final ContactPage page;
    private final Services services;

    ContactController(ContactPage page, Services services) {
        this.page = page;
        this.services = services;
    }

    @GetMapping("/contacts/{contactId}")
    String contact(@PathVariable String contactId, Authentication authentication, Model model) {
        return page.render(model, contactId, Person.of(authentication), null, null);
    }

    @PostMapping("/contacts/{contactId}/allocation")
    String allocate(@PathVariable String contactId, @RequestParam(defaultValue = "") String worker, Authentication authentication,
                    Model model, RedirectAttributes done) {
        if (worker.isBlank()) {
            return page.render(model, contactId, Person.of(authentication),
                    FormErrors.none().add("worker", "Enter the user name of the worker to allocate it to"), Map.of());
        }
        return send(contactId, "/allocation", Map.of("worker", worker.trim()), "Allocated to " + worker.trim(), "worker",
                Map.of("worker", worker), authentication, model, done);
    }

    @PostMapping("/contacts/{contactId}/partner-checks")
    String requestCheck(@PathVariable String contactId, @RequestParam(defaultValue = "") String agency,
                        @RequestParam(defaultValue = "") String question, Authentication authentication, Model model,
                        RedirectAttributes done) {
        FormErrors errors = FormErrors.none();
        if (!ContactPage.AGENCIES.contains(agency)) {
            errors.add("check-agency", "Select the agency to ask");
        }
        if (question.isBlank()) {
            errors.add("check-question", "Enter the question for the agency");
        }
        Map<String, String> typed = Map.of("agency", agency, "question", question);
        if (errors.any()) {
            return page.render(model, contactId, Person.of(authentication), errors, typed);
        }
        return send(contactId, "/partner-checks", Map.of("agency", agency, "question", question.trim()),
                "Partner check requested from " + io.frontdoor.web.packs.Words.readable(agency), "check-question", typed,
                authentication, model, done);
    }

    @PostMapping("/contacts/{contactId}/partner-checks/{checkId}/answer")
    String answerCheck(@PathVariable String contactId, @PathVariable String checkId, @RequestParam(defaultValue = "") String response,
                       Authentication authentication, Model model, RedirectAttributes done) {
        String field = "answer-" + checkId;
        if (response.isBlank()) {
            return page.render(model, contactId, Person.of(authentication),
                    FormErrors.none().add(field, "Enter what the agency said"), Map.of());
        }
        return send(contactId, "/partner-checks/" + checkId + "/response", Map.of("response", response.trim()),
                "Partner check answer recorded", field, Map.of(field, response), authentication, model, done);
    }

    @PostMapping("/contacts/{contactId}/strategy-discussion")
    String strategyDiscussion(@PathVariable String contactId, @RequestParam(required = false) String section47,
                              @RequestParam(defaultValue = "") String participants, Authentication authentication, Model model,
                              RedirectAttributes done) {
        FormErrors errors = FormErrors.none();
        if (!"yes".equals(section47) && !"no".equals(section47)) {
            errors.add("section47-yes", "Select whether a section 47 enquiry follows");
        }
        if (participants.isBlank()) {
            errors.add("participants", "Enter who took part");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("participants", participants);
        typed.put("section47", section47 == null ? "" : section47);
        if (errors.any()) {
            return page.render(model, contactId, Person.of(authentication), errors, typed);
        }
        return send(contactId, "/strategy-discussion-outcome",
                Map.of("section47Enquiry", "yes".equals(section47), "participants", participants.trim()),
                "Strategy discussion outcome recorded", "participants", typed, authentication, model, done);
    }

    @PostMapping("/contacts/{contactId}/feedback")
    String feedback(@PathVariable String contactId, @RequestParam(defaultValue = "") String kind,
                    @RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String message,
                    Authentication authentication, Model model, RedirectAttributes done) {
        FormErrors errors = FormErrors.none();
        if (!kind.matches("NOT_ACCEPTED|OUTCOME")) {
            errors.add("feedback-kind", "Select what the feedback is");
        }
        if (!method.matches("PHONE|EMAIL|LETTER")) {
            errors.add("feedback-method", "Select how it was sent");
        }
        if (message.isBlank()) {
            errors.add("feedback-message", "Enter the message sent to the referrer");
        }
        Map<String, String> typed = Map.of("kind", kind, "method", method, "message", message);
        if (errors.any()) {
            return page.render(model, contactId, Person.of(authentication), errors, typed);
        }
        return send(contactId, "/feedback", Map.of("kind", kind, "method", method, "message", message.trim()),
                "Feedback to the referrer recorded", "feedback-message", typed, authentication, model, done);
    }

    /** A possible match with a known child: the worker confirms it, or undoes it (not the same child). */
    @PostMapping("/contacts/{contactId}/child-links/{childIndex}")
    String reviewLink(@PathVariable String contactId, @PathVariable int childIndex, @RequestParam boolean confirmed,
                      Authentication authentication, Model model, RedirectAttributes done) {
        return send(contactId, "/child-links/" + childIndex + "/review", Map.of("confirmed", confirmed),
                confirmed ? "Match confirmed" : "Match undone", "referral", Map.of(), authentication, model, done);
    }

    private String send(String contactId, String path, Map<String, Object> body, String confirmation, String field,
                        Map<String, String> typed, Authentication authentication, Model model, RedirectAttributes done) {
        try {
            services.post(Service.TRIAGE, "/api/triages/{id}" + path, body, contactId);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return page.render(model, contactId, Person.of(authentication), FormErrors.from(refused, Map.of(), field), typed);
        }
        done.addFlashAttribute("confirmation", confirmation);
        return "redirect:/contacts/" + contactId;
    }
}
