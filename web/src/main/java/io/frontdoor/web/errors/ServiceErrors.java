package io.frontdoor.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person sees when a service cannot answer: plain words, never a stack trace or the service's JSON. A service
 * that is down gives a "try again" page holding what was typed, so sending it again loses nothing.
 */
@ControllerAdvice
class ServiceErrors {

    private static final Logger log = LoggerFactory.getLogger(ServiceErrors.class);

    @ExceptionHandler({ResourceAccessException.class, HttpServerErrorException.class})
    ModelAndView serviceDown(Exception failure, HttpServletRequest request) {
        log.warn("a service did not answer {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getClass().getSimpleName());
        ModelAndView page = new ModelAndView("errors/try-again", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("retryAction", request.getRequestURI());
        page.addObject("retryPost", "POST".equals(request.getMethod()));
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name) && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        page.addObject("typed", typed);
        return page;
    }

    @ExceptionHandler(HttpClientErrorException.NotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("errors/not-found", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(HttpClientErrorException.Forbidden.class)
    ModelAndView notAllowed() {
        return new ModelAndView("errors/not-allowed", HttpStatus.FORBIDDEN);
    }

    /** The person's sign-in ended at the provider (or could not be renewed): sign in again. */
    @ExceptionHandler({HttpClientErrorException.Unauthorized.class, ClientAuthorizationException.class})
    String signInAgain() {
        return "redirect:/oauth2/authorization/frontdoor";
    }

    @ExceptionHandler(HttpClientErrorException.class)
    ModelAndView refused(HttpClientErrorException refused, HttpServletRequest request) {
        log.info("a service refused {} {}: {}", request.getMethod(), request.getRequestURI(), refused.getStatusCode());
        ModelAndView page = new ModelAndView("errors/problem", HttpStatus.valueOf(refused.getStatusCode().value()));
        page.addObject("detail", FormErrors.from(refused).summary());
        return page;
    }
}
