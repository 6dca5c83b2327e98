package io.frontdoor.web.referral;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is referring, as the sign-in says (never typed): the provider's subject, their name and their agency (kind and
 * name, the {@code agency} and {@code agency_name} claims). Intake holds a partner to that same agency.
 */
public record Referrer(String id, String name, String agencyType, String agencyName) {

    public static final String ROLE = "PARTNER_REFERRER";

    public static Referrer of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        String name = user.getClaimAsString("name");
        return new Referrer(user.getSubject(), name == null ? user.getSubject() : name, user.getClaimAsString("agency"),
                user.getClaimAsString("agency_name"));
    }

    public static boolean isPartner(List<String> roles) {
        return roles.contains(ROLE);
    }

    public boolean isPolice() {
        return "POLICE".equals(agencyType);
    }
}
