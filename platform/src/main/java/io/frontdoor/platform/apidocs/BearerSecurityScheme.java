package io.frontdoor.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service's API description declares how to sign in: a bearer JWT from the partnership's identity provider, on
 * every operation. Swagger UI then shows "Authorize", and the calls it makes carry the pasted token.
 */
@Configuration(proxyBeanMethods = false)
public class BearerSecurityScheme {

    public static final String NAME = "bearer-jwt";

    @Bean
    OpenApiCustomizer bearerSecurityScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(NAME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("An access token from the partnership's identity provider (locally: "
                            + "the demo authorization server's client-credentials grant)."));
            openApi.addSecurityItem(new SecurityRequirement().addList(NAME));
        };
    }
}
