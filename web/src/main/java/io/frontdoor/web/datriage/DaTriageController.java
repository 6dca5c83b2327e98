package io.frontdoor.web.datriage;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.packs.PackCatalogue;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.util.Arrays;
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
 * The weekly domestic-abuse triage meeting of a partnership: its agenda (DASH risk, children, earlier notifications),
 * the chair opening it, recording each item's outcome and routes, and closing it (what is left rolls over to the next).
 */
@Controller
class DaTriageController {

    private final Services services;
    private final PackCatalogue packs;

    DaTriageController(Services services, PackCatalogue packs) {
        this.services = services;
        this.packs = packs;
    }

    @GetMapping("/da-triage")
    String next(@RequestParam(defaultValue = "north-lincolnshire") String pack) {
        Map<String, Object> next = services.get(Service.TRIAGE, "/api/da-triage/meetings/next?pack={pack}", pack);
        return "redirect:/da-triage/" + next.get("meetingId");
    }

    @GetMapping("/da-triage/{pack}/{date}")
    String meeting(@PathVariable String pack, @PathVariable String date, Model model) {
        return render(model, pack, date, FormErrors.none());
    }

    @PostMapping("/da-triage/{pack}/{date}/{step:opening|closing}")
    String openOrClose(@PathVariable String pack, @PathVariable String date, @PathVariable String step, Model model,
                       RedirectAttributes done) {
        return send(pack, date, "/" + step, null, "opening".equals(step) ? "Meeting opened" : "Meeting closed", model, done);
    }

    @PostMapping("/da-triage/{pack}/{date}/items/{contactId}")
    String decide(@PathVariable String pack, @PathVariable String date, @PathVariable String contactId,
                  @RequestParam(required = false) List<String> routes, @RequestParam(defaultValue = "") String rationale,
                  @RequestParam(defaultValue = "") String agencies, Model model, RedirectAttributes done) {
        FormErrors errors = FormErrors.none();
        if (routes == null || routes.isEmpty()) {
            errors.add("routes-" + contactId, "Select at least one route for this item");
        }
        if (rationale.isBlank()) {
            errors.add("rationale-" + contactId, "Enter the meeting's reasons for this item");
        }
        if (errors.any()) {
            return render(model, pack, date, errors);
        }
        List<String> present = Arrays.stream(agencies.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        return send(pack, date, "/items/" + contactId + "/outcome",
                Map.of("routes", routes, "rationale", rationale.trim(), "agenciesPresent", present), "Outcome recorded", model, done);
    }

    private String send(String pack, String date, String path, Object body, String confirmation, Model model, RedirectAttributes done) {
        try {
            services.post(Service.TRIAGE, "/api/da-triage/meetings/{pack}/{date}" + path, body, pack, date);
        } catch (HttpClientErrorException.BadRequest | HttpClientErrorException.Conflict
                 | HttpClientErrorException.UnprocessableContent refused) {
            return render(model, pack, date, FormErrors.from(refused, Map.of(), "meeting"));
        }
        done.addFlashAttribute("confirmation", confirmation);
        return "redirect:/da-triage/" + pack + "/" + date;
    }

    private String render(Model model, String pack, String date, FormErrors errors) {
        Map<String, Object> agenda;
        try {
            agenda = services.get(Service.TRIAGE, "/api/da-triage/meetings/{pack}/{date}", pack, date);
        } catch (HttpClientErrorException.NotFound nothingListed) {
            agenda = null;
        }
        model.addAttribute("agenda", agenda);
        model.addAttribute("pack", pack);
        model.addAttribute("packName", packs.pack(pack).get("name"));
        model.addAttribute("date", date);
        model.addAttribute("routes", packs.routes(pack));
        model.addAttribute("packs", packs.all());
        model.addAttribute("errors", errors);
        return "da-triage";
    }
}
