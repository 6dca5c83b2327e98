package io.frontdoor.web.audit;

import io.frontdoor.web.contact.TriageStory;
import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;

/**
 * "What did we know on Tuesday at 14:00": the queue, and a contact (the referral, its recommendation and its timeline),
 * as they stood at a chosen moment (Europe/London). The queue and timeline are the read side's own replays of the
 * events that had occurred by then; the referral is intake's record with only the updates recorded by then; the
 * recommendation is triage's, from the events that had occurred by then.
 */
@Controller
class AsAtController {

    private final Services services;

    AsAtController(Services services) {
        this.services = services;
    }

    @GetMapping("/audit/as-at")
    String asAt(@RequestParam(defaultValue = "") String at, @RequestParam(defaultValue = "") String contact, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("at", at);
        typed.put("contact", contact);
        model.addAttribute("typed", typed);
        FormErrors errors = FormErrors.none();
        Instant moment = null;
        if (!at.isBlank()) {
            try {
                moment = LocalDateTime.parse(at.trim()).atZone(AccessAuditSearch.LONDON).toInstant();
            } catch (DateTimeParseException notAMoment) {
                errors.add("at", "Enter a date and time, for example 2026-12-01T14:00");
            }
        } else if (!contact.isBlank()) {
            errors.add("at", "Enter the moment to see it as it stood");
        }
        model.addAttribute("errors", errors);
        if (moment == null || errors.any()) {
            return "audit/as-at";
        }
        if (moment.isAfter(Instant.now())) {
            errors.add("at", "Enter a moment in the past");
            return "audit/as-at";
        }
        Instant then = moment;
        model.addAttribute("moment", then);
        model.addAttribute("queue", services.list(Service.PROJECTION, "/api/queue?asAt={at}", then));
        if (!contact.isBlank()) {
            String id = contact.trim();
            model.addAttribute("contactId", id);
            model.addAttribute("timeline", optional(() -> services.get(Service.PROJECTION, "/api/contacts/{id}/timeline?asAt={at}", id, then)));
            model.addAttribute("record", optional(() -> AsAt.referral(services.get(Service.INTAKE, "/api/contacts/{id}", id), then)));
            Map<String, Object> triage = optional(() -> services.get(Service.TRIAGE, "/api/triages/{id}", id));
            model.addAttribute("recommendation", triage == null ? null : AsAt.recommendation(triage, then));
            Map<String, Object> state = triage == null ? null : optional(() -> services.get(Service.TRIAGE, "/api/triages/{id}/state", id));
            model.addAttribute("story", state == null ? null : new TriageStory(AsAt.stateBy(state, then)));
        }
        return "audit/as-at";
    }

    private static Map<String, Object> optional(java.util.function.Supplier<Map<String, Object>> read) {
        try {
            return read.get();
        } catch (HttpClientErrorException.NotFound notThen) {
            return null;
        }
    }
}
