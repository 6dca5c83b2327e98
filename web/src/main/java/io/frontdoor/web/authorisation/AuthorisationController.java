package io.frontdoor.web.authorisation;

import io.frontdoor.web.services.Services;
import io.frontdoor.web.services.Services.Service;
import io.frontdoor.web.signin.Person;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A manager's list of decisions waiting for authorisation, from the queue: those they may authorise, and apart, their
 * own (which another manager must authorise: the list offers them no button, and triage refuses them anyway).
 */
@Controller
class AuthorisationController {

    private final Services services;

    AuthorisationController(Services services) {
        this.services = services;
    }

    @GetMapping("/authorisations")
    String waiting(Authentication authentication, Model model) {
        Person person = Person.of(authentication);
        List<Map<String, Object>> waiting = services.list(Service.PROJECTION, "/api/queue").stream()
                .filter(entry -> "AWAITING_AUTHORISATION".equals(entry.get("status"))).toList();
        model.addAttribute("others", waiting.stream().filter(entry -> !person.id().equals(entry.get("decidedBy"))).toList());
        model.addAttribute("own", waiting.stream().filter(entry -> person.id().equals(entry.get("decidedBy"))).toList());
        return "authorisations";
    }
}
