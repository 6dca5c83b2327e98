package io.frontdoor.web.earlyhelp;

import io.frontdoor.web.contact.ContactPage;
import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.services.TolerantMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * An early-help episode after a step-down: consent, the lead professional (stages 1–4), the planning meeting, the plan,
 * reviews, a step-up back to the front door, closure — each milestone with its due date, from triage's history.
 */
@Controller
class EarlyHelpController {

    /** Each step's form fields that must be filled in, with the message when one is not. */
    static final Map<String, Map<String, String>> REQUIRED = Map.of(
            "consent", Map.of("status", "Select whether the family consented"),
            "lead-professional", Map.of("stage", "Select the stage", "agency", "Select the lead professional's agency",
                    "person", "Enter the lead professional's name"),
            "planning-meeting", Map.of("attendees", "Enter who attended"),
            "plan-distributed", Map.of(),
            "reviews", Map.of("summary", "Enter what the review found"),
            "step-up", Map.of("reason", "Enter why the family is stepped up"),
            "closure", Map.of("outcome", "Enter the outcome"));

    private final Services services;

    EarlyHelpController(Services services) {
        this.services = services;
    }

    @GetMapping("/early-help/{episodeId}")
    String episode(@PathVariable String episodeId, Model model) {
        return render(model, episodeId, FormErrors.none(), Map.of());
    }

    @PostMapping("/early-help/{episodeId}/{step:consent|lead-professional|planning-meeting|plan-distributed|reviews|step-up|closure}")
    String step(@PathVariable String episodeId, @PathVariable String step, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes done) {
        FormErrors errors = FormErrors.none();
        REQUIRED.get(step).forEach((field, message) -> {
            if (form.getOrDefault(field, "").isBlank()) {
                errors.add(step + "-" + field, message);
            }
        });
        if (errors.any()) {
            return render(model, episodeId, errors, form);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        REQUIRED.get(step).keySet().forEach(field -> body.put(field, form.get(field).trim()));
        switch (step) {
            case "consent" -> body.put("nextSteps", form.getOrDefault("nextSteps", ""));
            case "lead-professional" -> {
                body.put("stage", Integer.parseInt(form.get("stage")));
                body.put("agreed", "yes".equals(form.get("agreed")));
            }
            default -> { }
        }
        try {
            services.post(Service.TRIAGE, "/api/early-help/{id}/" + step, body, episodeId);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return render(model, episodeId, FormErrors.from(refused, prefixed(step), step + "-" + firstField(step)), form);
        }
        done.addFlashAttribute("confirmation", "Recorded");
        return "redirect:/early-help/" + episodeId;
    }

    private static Map<String, String> prefixed(String step) {
        Map<String, String> ids = new HashMap<>();
        REQUIRED.get(step).keySet().forEach(field -> ids.put(field, step + "-" + field));
        return ids;
    }

    private static String firstField(String step) {
        return REQUIRED.get(step).keySet().stream().sorted().findFirst().orElse("submit");
    }

    @SuppressWarnings("unchecked")
    private String render(Model model, String episodeId, FormErrors errors, Map<String, String> typed) {
        List<Map<String, Object>> history = services.list(Service.TRIAGE, "/api/early-help/{id}", episodeId);
        Map<String, Map<String, Object>> milestones = new LinkedHashMap<>();
        String contactId = null;
        for (Map<String, Object> entry : history) {
            Map<String, Object> event = (Map<String, Object>) entry.get("event");
            if (event == null) {
                continue;
            }
            if (contactId == null && event.get("contactId") != null) {
                contactId = event.get("contactId").toString();
            }
            Object milestone = event.get("milestone");
            if ("EarlyHelpMilestoneDue".equals(entry.get("type")) && milestone != null) {
                milestones.computeIfAbsent(milestone.toString(), key -> new HashMap<>(Map.of("milestone", key)))
                        .put("dueAt", event.get("dueAt"));
            } else if ("EarlyHelpMilestoneRecorded".equals(entry.get("type")) && milestone != null) {
                milestones.computeIfAbsent(milestone.toString(), key -> new HashMap<>(Map.of("milestone", key)))
                        .put("doneAt", entry.get("at"));
            }
        }
        model.addAttribute("episodeId", episodeId);
        model.addAttribute("contactId", contactId);
        model.addAttribute("history", history);
        model.addAttribute("milestones", milestones.values().stream().map(TolerantMap::of).toList());
        model.addAttribute("agencies", ContactPage.AGENCIES);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", TolerantMap.of(new HashMap<>(typed)));
        return "early-help";
    }
}
