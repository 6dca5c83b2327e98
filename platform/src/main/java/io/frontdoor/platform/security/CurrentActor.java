package io.frontdoor.platform.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The actor of the request being handled. Controllers rather take an {@link Actor} parameter. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return ActorClaims.actor(token.getToken());
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in actor for this request");
    }
}
