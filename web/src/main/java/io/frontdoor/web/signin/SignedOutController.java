package io.frontdoor.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the provider sends a person after sign-out, and the accessibility statement: both open. */
@Controller
class SignedOutController {

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
