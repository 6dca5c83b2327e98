package io.frontdoor.web.chronology;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One child's chronology: every contact about them, oldest first, with decisions, routes, siblings and adults named. */
@Controller
class ChronologyController {

    private final Services services;

    ChronologyController(Services services) {
        this.services = services;
    }

    @GetMapping("/children/{childId}")
    String chronology(@PathVariable String childId, Model model) {
        model.addAttribute("chronology", services.get(Service.PROJECTION, "/api/children/{id}/chronology", childId));
        return "chronology";
    }
}
