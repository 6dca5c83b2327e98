package io.frontdoor.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where {@code /} takes someone who has no queue: a partner to their referrals, an administrator to operations. Front-door
 * staff get the queue; anyone else is refused, as before.
 */
@Configuration(proxyBeanMethods = false)
class LandingPages implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
                Person person = Person.of(SecurityContextHolder.getContext().getAuthentication());
                if (person == null || person.isStaff()) {
                    return true;
                }
                if (person.isPartner()) {
                    response.sendRedirect("/your-referrals");
                    return false;
                }
                if (person.isAdmin()) {
                    response.sendRedirect("/operations");
                    return false;
                }
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return false;
            }
        }).addPathPatterns("/");
    }
}
