package io.frontdoor.web.decision;

import io.frontdoor.web.contact.ContactPage;
import io.frontdoor.web.contact.TriageStory;
import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.packs.PackCatalogue;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.signin.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a decision: the form (level, routes, rationale, starting from the recommendation), "Check your answers"
 * (saying when it is an override and whether a manager must authorise it), then the command to triage with the
 * version the worker saw, so a change made meanwhile by someone else is caught (409) rather than overwritten.
 */
@Controller
class DecisionController {

    private final ContactPage contacts;
    private final PackCatalogue packs;
    private final Services services;

    DecisionController(ContactPage contacts, PackCatalogue packs, Services services) {
        this.contacts = contacts;
        this.packs = packs;
        this.services = services;
    }

    @GetMapping("/contacts/{contactId}/decision")
    String form(@PathVariable String contactId, @ModelAttribute("form") DecisionForm typed, Model model) {
        TriageStory story = contacts.story(contactId);
        DecisionForm form = typed.levelRank() != null ? typed : recommended(story);
        return showForm(model, contactId, story, form, FormErrors.none());
    }

    @PostMapping("/contacts/{contactId}/decision/check")
    String check(@PathVariable String contactId, @ModelAttribute("form") DecisionForm form, Model model) {
        TriageStory story = contacts.story(contactId);
        FormErrors errors = form.check(story.recommendedRank());
        if (errors.any()) {
            return showForm(model, contactId, story, form, errors);
        }
        describe(model, contactId, story, form);
        return "decision-check";
    }

    @PostMapping("/contacts/{contactId}/decision")
    String record(@PathVariable String contactId, @ModelAttribute("form") DecisionForm form, Authentication authentication,
                  Model model) {
        TriageStory story = contacts.story(contactId);
        FormErrors errors = form.check(story.recommendedRank());
        if (errors.any()) {
            return showForm(model, contactId, story, form, errors);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levelRank", form.levelRank());
        body.put("routes", form.routes());
        body.put("rationale", form.rationale().trim());
        body.put("expectedVersion", form.expectedVersion());
        try {
            services.post(Service.TRIAGE, "/api/triages/{id}/decision", body, contactId);
        } catch (HttpClientErrorException.Conflict refused) {
            if (contacts.story(contactId).version() != form.expectedVersion()) {
                model.addAttribute("conflict", "Someone else changed this contact first. This is the contact as it now stands: "
                        + "check it before deciding again.");
                return contacts.render(model, contactId, Person.of(authentication), null, null);
            }
            return showForm(model, contactId, story, form, FormErrors.from(refused, Map.of(), "decision-form"));
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.UnprocessableContent refused) {
            return showForm(model, contactId, story, form, FormErrors.from(refused,
                    Map.of("levelRank", "level-" + form.levelRank(), "routes", "routes", "rationale", "rationale"), "rationale"));
        }
        TriageStory after = contacts.story(contactId);
        describe(model, contactId, after, form);
        model.addAttribute("decision", after.standingDecision());
        return "decision-done";
    }

    @PostMapping("/contacts/{contactId}/authorisation")
    String authorise(@PathVariable String contactId, Authentication authentication, Model model, RedirectAttributes done) {
        try {
            services.post(Service.TRIAGE, "/api/triages/{id}/decision/authorisation", null, contactId);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return contacts.render(model, contactId, Person.of(authentication), FormErrors.from(refused, Map.of(), "decision"), null);
        }
        done.addFlashAttribute("confirmation", "Decision authorised");
        return "redirect:/contacts/" + contactId;
    }

    @PostMapping("/contacts/{contactId}/return")
    String returnIt(@PathVariable String contactId, @RequestParam(defaultValue = "") String reason, Authentication authentication,
                    Model model, RedirectAttributes done) {
        if (reason.isBlank()) {
            return contacts.render(model, contactId, Person.of(authentication),
                    FormErrors.none().add("return-reason", "Enter why the decision is returned"), Map.of());
        }
        try {
            services.post(Service.TRIAGE, "/api/triages/{id}/decision/return", Map.of("reason", reason.trim()), contactId);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return contacts.render(model, contactId, Person.of(authentication),
                    FormErrors.from(refused, Map.of(), "return-reason"), Map.of("reason", reason));
        }
        done.addFlashAttribute("confirmation", "Decision returned to the worker");
        return "redirect:/contacts/" + contactId;
    }

    @SuppressWarnings("unchecked")
    private static DecisionForm recommended(TriageStory story) {
        Map<String, Object> recommendation = story.recommendation();
        List<String> routes = recommendation == null ? List.of() : (List<String>) recommendation.getOrDefault("routes", List.of());
        return new DecisionForm(story.recommendedRank() == 0 ? null : story.recommendedRank(), routes, "", story.version());
    }

    private String showForm(Model model, String contactId, TriageStory story, DecisionForm form, FormErrors errors) {
        model.addAttribute("contactId", contactId);
        model.addAttribute("story", story);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", packs.levels(story.packId()));
        model.addAttribute("routes", packs.routes(story.packId()));
        model.addAttribute("recommendedRank", story.recommendedRank());
        return "decision";
    }

    private void describe(Model model, String contactId, TriageStory story, DecisionForm form) {
        String direction = form.direction(story.recommendedRank());
        model.addAttribute("contactId", contactId);
        model.addAttribute("form", form);
        model.addAttribute("levelName", packs.levelName(story.packId(), form.levelRank()));
        model.addAttribute("routeNames", form.routes().stream().map(code -> packs.routeName(story.packId(), code)).toList());
        model.addAttribute("recommendedName", story.recommendedRank() == 0 ? null
                : packs.levelName(story.packId(), story.recommendedRank()));
        model.addAttribute("direction", direction);
        model.addAttribute("needsAuthorisation", "DOWN".equals(direction) && packs.downwardOverrideNeedsAuthorisation(story.packId()));
    }
}
