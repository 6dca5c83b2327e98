package io.frontdoor.web.signin;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in: the provider's subject (what the services record as the actor), a name to show, their roles. */
public record Person(String id, String name, List<String> roles) {

    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String PARTNER_REFERRER = "PARTNER_REFERRER";

    public static Person of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        List<String> roles = user.getClaimAsStringList("roles");
        String name = user.getClaimAsString("name");
        return new Person(user.getSubject(), name == null ? user.getSubject() : name, roles == null ? List.of() : roles);
    }

    public boolean isManager() {
        return roles.contains(MANAGER);
    }

    /** A partner agency's referrer, with no role inside the front door: refers through the form. */
    public boolean isPartnerOnly() {
        return roles.contains(PARTNER_REFERRER) && !roles.contains(PRACTITIONER) && !roles.contains(MANAGER) && !roles.contains(AUDITOR);
    }

    /** Practitioners and managers work contacts; an auditor only reads. */
    public boolean canAct() {
        return roles.contains(PRACTITIONER) || roles.contains(MANAGER);
    }
}
