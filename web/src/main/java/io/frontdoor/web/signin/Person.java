package io.frontdoor.web.signin;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in: the provider's subject (what the services record as the actor), a name to show, their roles and,
 * for a partner, their agency (its type, e.g. HEALTH, and its name).
 */
public record Person(String id, String name, List<String> roles, String agency, String agencyName) {

    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String PARTNER = "PARTNER_REFERRER";
    public static final String ADMIN = "ADMIN";

    public Person(String id, String name, List<String> roles) {
        this(id, name, roles, null, null);
    }

    public static Person of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        List<String> roles = user.getClaimAsStringList("roles");
        String name = user.getClaimAsString("name");
        return new Person(user.getSubject(), name == null ? user.getSubject() : name, roles == null ? List.of() : roles,
                user.getClaimAsString("agency"), user.getClaimAsString("agency_name"));
    }

    public boolean isManager() {
        return roles.contains(MANAGER);
    }

    /** Practitioners and managers work contacts; an auditor only reads. */
    public boolean canAct() {
        return roles.contains(PRACTITIONER) || roles.contains(MANAGER);
    }

    /** Inside the front door: works or reads the queue and contacts. */
    public boolean isStaff() {
        return canAct() || roles.contains(AUDITOR);
    }

    /** A partner agency's practitioner: refers through the form, follows their own referrals, answers the checks asked of their agency. */
    public boolean isPartner() {
        return roles.contains(PARTNER) && !isStaff();
    }

    public boolean isAuditor() {
        return roles.contains(AUDITOR);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
