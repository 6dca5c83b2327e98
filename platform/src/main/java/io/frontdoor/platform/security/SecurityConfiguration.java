package io.frontdoor.platform.security;

import static io.frontdoor.platform.security.EndpointRule.any;
import static io.frontdoor.platform.security.EndpointRule.get;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every Front Door service is an OAuth2 resource server: a JWT from the trusted issuer, for Front Door's audience, is
 * required for everything the service's {@link EndpointRules} beans do not declare open, and the roles in it must be
 * among those the rule allows. What no rule declares is refused. Sessions, cookies and CSRF tokens are not used: a
 * bearer token is sent with each request, so there is nothing for a forged cross-site request to ride on.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, OAuth2ResourceServerWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(FrontDoorSecurityProperties.class)
@PropertySource("classpath:frontdoor-security.properties")
@Import({SecurityProblemAdvice.class, ActorApiDocs.class})
public class SecurityConfiguration {

    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    /** Tokens in use at once: one a signed-in user or a partner system, each renewed as it expires. */
    static final int VERIFIED_TOKENS = 2_000;

    @Bean
    SecurityFilterChain frontDoorSecurity(HttpSecurity http, List<EndpointRules> declared, FrontDoorSecurityProperties properties,
                                          Environment environment, ObjectProvider<RefusalListener> refusals) {
        SecurityProblems problems = new SecurityProblems(refusals);
        AccessRules rules = new AccessRules(declared);
        http.authorizeHttpRequests(authorize -> {
                    // an error page renders a request that was already let through
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    rules.apply(authorize);
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token ->
                                new JwtAuthenticationToken(token, ActorClaims.authorities(token), token.getSubject())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(environment.getProperty(ISSUER))))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        if (properties.corsAllowedOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            http.cors(cors -> cors.configurationSource(corsAllowList(properties.corsAllowedOrigins())));
        }
        return http.build();
    }

    /** The APIs answer JSON, and the one page (the queue) loads its own script and style and talks to the issuer. */
    static String contentSecurityPolicy(String issuer) {
        String issuerOrigin = issuer == null ? "" : " " + origin(issuer);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'" + issuerOrigin + "; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getAuthority();
    }

    private static UrlBasedCorsConfigurationSource corsAllowList(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setExposedHeaders(List.of("Location"));
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    /** What every service has: health open, operations for ADMIN, the API description open or for any role. */
    @Bean
    EndpointRules platformEndpoints(FrontDoorSecurityProperties properties) {
        List<EndpointRule> rules = new ArrayList<>(List.of(
                get("/actuator/health").open(),
                get("/actuator/health/**").open(),
                any("/actuator/**").allow(Role.ADMIN),
                any("/api/admin/**").allow(Role.ADMIN)));
        for (String docs : List.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")) {
            rules.add(properties.apiDocsPublic() ? get(docs).open() : get(docs).allow(Role.ANY));
        }
        return new EndpointRules(rules);
    }

    /** Boot's decoder (the issuer's keys, its validators and the audience below), remembering what it verified. */
    @Bean
    static BeanPostProcessor rememberVerifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, VERIFIED_TOKENS) : bean;
            }
        };
    }

    /**
     * No observation (timer, span) around each filter of the chain, each authentication and each authorization: they
     * were a fifth of an API request's CPU. The request itself is still observed (Spring MVC's), and refusals are still
     * audited ({@link RefusalListener}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    OAuth2TokenValidator<Jwt> frontDoorAudience(FrontDoorSecurityProperties properties) {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(properties.audience()));
    }

    @Bean
    WebMvcConfigurer actorParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(FrontDoorSecurityProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(properties.maxRequestBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    PartnerSenders partnerSenders(FrontDoorSecurityProperties properties) {
        return new PartnerSenders(properties.partnerSenders());
    }
}
