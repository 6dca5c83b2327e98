package io.frontdoor.auth;

import io.frontdoor.auth.DemoDirectory.Identity;
import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts into each access token what Front Door's services read: {@code roles}, {@code name}, {@code agency} and
 * {@code agency_name} of the person or system signed in, and Front Door's audience.
 */
class FrontDoorClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String audience;

    FrontDoorClaims(String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getClaims().audience(List.of(audience));
        DemoDirectory.find(context.getPrincipal().getName()).ifPresent(identity -> claims(context, identity));
    }

    private static void claims(JwtEncodingContext context, Identity identity) {
        context.getClaims().claim("name", identity.name()).claim("roles", identity.roles());
        if (identity.agency() != null) {
            context.getClaims().claim("agency", identity.agency()).claim("agency_name", identity.agencyName());
        }
    }
}
