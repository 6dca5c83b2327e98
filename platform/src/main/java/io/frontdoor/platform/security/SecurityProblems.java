package io.frontdoor.platform.security;

import io.frontdoor.platform.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 (no token, or one that is expired, forged, for another audience or issuer) and 403 (a role or agency that may not)
 * as problem JSON, keeping the standard {@code WWW-Authenticate: Bearer ...} header. The detail never says more than
 * the caller needs: why a token was refused is for the issuer's logs, not the response.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();
    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final ObjectProvider<RefusalListener> listeners;

    SecurityProblems(ObjectProvider<RefusalListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        bearerChallenge.commence(request, response, reason);
        ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, ProblemWriter.UNAUTHENTICATED,
                request.getHeader("Authorization") == null ? "sign in: send a bearer token"
                        : "the bearer token is not valid here (expired, not signed by the trusted issuer, or for another audience)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        tellListeners(request);
        bearerDenied.handle(request, response, denied);
        ProblemWriter.write(request, response, HttpStatus.FORBIDDEN, ProblemWriter.FORBIDDEN,
                "your role does not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    private void tellListeners(HttpServletRequest request) {
        try {
            Actor actor = CurrentActor.get();
            listeners.forEach(listener -> listener.refused(request, actor));
        } catch (RuntimeException e) {
            log.error("a refused request to {} {} could not be recorded: {}", request.getMethod(), request.getRequestURI(), e.toString());
        }
    }
}
