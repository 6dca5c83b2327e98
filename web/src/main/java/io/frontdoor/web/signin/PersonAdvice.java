package io.frontdoor.web.signin;

import io.frontdoor.web.services.ServiceUrls;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (the header, what they may do) and names the partnership. */
@ControllerAdvice
class PersonAdvice {

    private final ServiceUrls settings;

    PersonAdvice(ServiceUrls settings) {
        this.settings = settings;
    }

    @ModelAttribute("person")
    Person person(Authentication authentication) {
        return Person.of(authentication);
    }

    @ModelAttribute("partnership")
    String partnership() {
        return settings.partnership();
    }
}
