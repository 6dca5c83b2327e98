package io.frontdoor.web.signin;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Backend for frontend: people sign in at the partnership's OIDC provider (authorization code with PKCE); their tokens
 * stay in the server session (never in the browser, which holds only the HttpOnly SameSite session cookie); every form
 * carries a CSRF token; sign-out ends the session at the provider too (RP-initiated logout), so a reload on a shared
 * desk does not sign the last person back in. Front-door staff (practitioners, managers, auditors) use the case pages;
 * partners the referral form, their own referrals and checks; auditors the access audit; administrators operations.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    static final String REGISTRATION = "frontdoor";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
                              @Value("${spring.security.oauth2.client.provider.frontdoor.issuer-uri}") String issuer) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endSessionThere = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endSessionThere.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        http.authorizeHttpRequests(authorize -> authorize
                        // the live queue's stream and error pages are dispatched again inside a request already checked
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/signed-out", "/accessibility",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/reports/**").hasAnyRole(Person.MANAGER, Person.AUDITOR)
                        // partners: the referral form, their own referrals and the checks asked of their agency; everyone lands somewhere at /
                        .requestMatchers("/refer", "/refer/**", "/your-referrals", "/your-referrals/**", "/partner-checks", "/partner-checks/**")
                        .hasRole(Person.PARTNER)
                        .requestMatchers("/").authenticated()
                        .requestMatchers("/audit/access").hasRole(Person.AUDITOR)
                        .requestMatchers("/audit/**").hasAnyRole(Person.MANAGER, Person.AUDITOR)
                        .requestMatchers("/operations", "/operations/**").hasRole(Person.ADMIN)
                        .anyRequest().hasAnyRole(Person.PRACTITIONER, Person.MANAGER, Person.AUDITOR))
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromTheIdToken())))
                .logout(logout -> logout.logoutSuccessHandler(endSessionThere))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + issuer)));
        return http.build();
    }

    /** The provider's ID token names the person's roles ({@code roles}); each becomes {@code ROLE_<role>}. */
    static GrantedAuthoritiesMapper rolesFromTheIdToken() {
        return authorities -> {
            Collection<GrantedAuthority> mapped = new ArrayList<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    List<String> roles = oidc.getIdToken().getClaimAsStringList("roles");
                    if (roles != null) {
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return mapped;
        };
    }

    /** Tokens live in the person's session and leave with it; an expired access token is renewed with the refresh token. */
    @Bean
    OAuth2AuthorizedClientRepository tokensInTheSession() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository tokens) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
