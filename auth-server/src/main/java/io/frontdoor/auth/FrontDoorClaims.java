package io.frontdoor.auth;

import io.frontdoor.auth.DemoDirectory.Identity;
import java.util.List;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts into each access token what Front Door's services read: {@code roles}, {@code name}, {@code agency} and
 * {@code agency_name} of the person or system signed in, and Front Door's audience; the ID token names the person
 * and their roles for the web front end.
 */
class FrontDoorClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String audience;

    FrontDoorClaims(String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            // the web front end shows the person's name and offers what their roles allow
            DemoDirectory.find(context.getPrincipal().getName()).ifPresent(identity -> claims(context, identity));
            return;
        }
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
