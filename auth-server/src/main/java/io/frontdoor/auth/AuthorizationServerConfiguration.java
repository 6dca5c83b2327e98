package io.frontdoor.auth;

import static org.springframework.security.config.Customizer.withDefaults;

import io.frontdoor.auth.DemoDirectory.Identity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server's endpoints (token, authorize, JWK set, discovery) and its sign-in page, the demo people
 * and systems, and the claims Front Door reads. The web front end ({@code web}) is a confidential client: it signs people
 * in with the authorization code and PKCE, keeps their tokens on its server, and ends their session here on sign-out
 * (OIDC RP-initiated logout, on by default with {@code oidc()}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(withDefaults());
                })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInPage(HttpSecurity http) {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoPeople(PasswordEncoder passwords) {
        return new InMemoryUserDetailsManager(DemoDirectory.PEOPLE.stream()
                .map(person -> User.withUsername(person.id()).password(passwords.encode(DemoDirectory.PASSWORD))
                        .roles(person.roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository demoClients(PasswordEncoder passwords, @Value("${frontdoor.auth.web-origins}") List<String> origins) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build();
        List<RegisteredClient> clients = new java.util.ArrayList<>();
        for (Identity system : DemoDirectory.SYSTEMS) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(system.id())
                    .clientName(system.name())
                    .clientSecret(passwords.encode(DemoDirectory.CLIENT_SECRET))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens)
                    .build());
        }
        clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DemoDirectory.WEB_CLIENT)
                .clientName("Front Door web")
                .clientSecret(passwords.encode(DemoDirectory.CLIENT_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> origins.forEach(origin -> uris.add(origin + DemoDirectory.WEB_REDIRECT_PATH)))
                .postLogoutRedirectUris(uris -> origins.forEach(origin -> uris.add(origin + DemoDirectory.WEB_SIGNED_OUT_PATH)))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> frontDoorClaims(@Value("${frontdoor.auth.audience}") String audience) {
        return new FrontDoorClaims(audience);
    }

    @Bean
    @Profile({"production", "prod"})
    Object refuseToRunInProduction() {
        throw new IllegalStateException("the demo authorization server never runs in production: "
                + "point the services' FRONTDOOR_ISSUER_URI at the partnership's OIDC provider");
    }
}
