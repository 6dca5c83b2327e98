package io.frontdoor.web.dashboard;

import io.frontdoor.web.packs.PackCatalogue;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The manager's dashboard for a period and partnership: each figure as a table (bars where a glance helps). */
@Controller
class DashboardController {

    private final Services services;
    private final PackCatalogue packs;

    DashboardController(Services services, PackCatalogue packs) {
        this.services = services;
        this.packs = packs;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                     @RequestParam(required = false) String pack, Model model) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate start = from == null ? today.withDayOfMonth(1) : from;
        LocalDate end = to == null ? today : to;
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/dashboard").queryParam("from", start).queryParam("to", end);
        if (pack != null && !pack.isBlank()) {
            query.queryParam("pack", pack);
        }
        model.addAttribute("dashboard", services.get(Service.PROJECTION, query.build().toUriString()));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("pack", pack);
        model.addAttribute("packs", packs.all());
        return "dashboard";
    }
}
