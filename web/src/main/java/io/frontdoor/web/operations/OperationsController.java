package io.frontdoor.web.operations;

import io.frontdoor.web.errors.FormErrors;
import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations, for administrators: rebuild the read side's views (with each rebuild's progress: events done of the
 * total, rate and time left), and each topic's dead letters with their reasons. Nothing here shows case data: dead
 * letters are described by their headers, never their content.
 */
@Controller
class OperationsController {

    static final int LISTED = 50;

    private final Services services;

    OperationsController(Services services) {
        this.services = services;
    }

    @GetMapping("/operations")
    String operations(Model model) {
        return render(model, FormErrors.none());
    }

    @PostMapping("/operations/rebuilds")
    String rebuild(@RequestParam(required = false) List<String> views, Model model, RedirectAttributes done) {
        if (views == null || views.isEmpty()) {
            return render(model, FormErrors.none().add("views", "Select the views to rebuild"));
        }
        try {
            services.post(Service.PROJECTION, "/api/admin/rebuilds?views={views}", null, String.join(",", views));
        } catch (HttpClientErrorException.Conflict running) {
            return render(model, FormErrors.none().add("views", "Another rebuild is running: wait for it to finish"));
        } catch (HttpClientErrorException.BadRequest refused) {
            return render(model, FormErrors.from(refused, java.util.Map.of(), "views"));
        }
        done.addFlashAttribute("confirmation", "Rebuild started: " + String.join(", ", views));
        return "redirect:/operations#rebuilds";
    }

    /** Each consuming service's topics, each with its newest dead letters (the services describe them by their headers). */
    private Map<String, List<Map<String, Object>>> deadLetters() {
        Map<String, List<Map<String, Object>>> byTopic = new TreeMap<>();
        for (Service service : List.of(Service.INTAKE, Service.TRIAGE, Service.PROJECTION)) {
            for (String topic : services.strings(service, "/api/admin/dead-letters/topics")) {
                byTopic.put(topic, services.list(service, "/api/admin/dead-letters?topic={topic}&limit={limit}", topic, LISTED));
            }
        }
        return byTopic;
    }

    private String render(Model model, FormErrors errors) {
        model.addAttribute("views", services.get(Service.PROJECTION, "/api/admin/views"));
        model.addAttribute("rebuilds", services.list(Service.PROJECTION, "/api/admin/rebuilds"));
        model.addAttribute("deadLetters", deadLetters());
        model.addAttribute("errors", errors);
        return "operations";
    }
}
