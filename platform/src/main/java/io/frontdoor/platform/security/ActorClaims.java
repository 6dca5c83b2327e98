package io.frontdoor.platform.security;

import io.frontdoor.kernel.contact.AgencyType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims Front Door reads from a token: {@code sub} (the user or client id), {@code name}, {@code roles} (a list of
 * {@link Role} names; unknown ones are ignored), {@code agency} (an {@link AgencyType} name) and {@code agency_name}.
 * The partnership's OIDC provider is configured to issue these; the local authorization server does.
 */
public final class ActorClaims {

    public static final String ROLES = "roles";
    public static final String AGENCY = "agency";
    public static final String AGENCY_NAME = "agency_name";
    public static final String NAME = "name";

    private ActorClaims() {
    }

    public static Actor actor(Jwt jwt) {
        String name = jwt.getClaimAsString(NAME);
        return new Actor(jwt.getSubject(), name != null ? name : jwt.getSubject(), roles(jwt), agency(jwt),
                jwt.getClaimAsString(AGENCY_NAME));
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    private static Set<Role> roles(Jwt jwt) {
        List<String> claimed = jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (claimed.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static AgencyType agency(Jwt jwt) {
        String agency = jwt.getClaimAsString(AGENCY);
        if (agency == null) {
            return null;
        }
        for (AgencyType type : AgencyType.values()) {
            if (type.name().equals(agency)) {
                return type;
            }
        }
        return null;
    }
}
