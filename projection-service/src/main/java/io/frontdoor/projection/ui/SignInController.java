package io.frontdoor.projection.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the queue page signs its user in: the trusted issuer and the page's public client (authorization code + PKCE). */
@RestController
class SignInController {

    record SignIn(String issuer, String clientId, String scope) {
    }

    private final SignIn signIn;

    SignInController(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                     @Value("${frontdoor.ui.client-id:frontdoor-web}") String clientId) {
        this.signIn = new SignIn(issuer, clientId, "openid profile");
    }

    @GetMapping("/ui/sign-in")
    SignIn signIn() {
        return signIn;
    }
}
