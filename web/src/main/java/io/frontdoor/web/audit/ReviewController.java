package io.frontdoor.web.audit;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Decisions under review, for managers and auditors: the period's overrides with their authorisation and its returned
 * decisions (the read side), and every disagreement with its stages, open ones first (the escalation audit).
 */
@Controller
class ReviewController {

    private final Services services;

    ReviewController(Services services) {
        this.services = services;
    }

    @GetMapping("/audit/review")
    String review(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("decisions", services.list(Service.PROJECTION, "/api/decisions/under-review?from={f}&to={t}", start, end));
        model.addAttribute("escalations", services.list(Service.PROJECTION, "/api/escalations"));
        return "audit/review";
    }
}
