package io.frontdoor.intake.schema;

import static io.frontdoor.platform.security.EndpointRule.get;

import io.frontdoor.platform.security.EndpointRule;
import io.frontdoor.platform.security.EndpointRules;
import io.frontdoor.platform.security.FrontDoorSecurityProperties;
import io.frontdoor.platform.security.Role;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read the partner feed's published contracts ({@code GET /api/schemas}, {@code GET /api/schemas/{type}/{version}}).
 *
 * <p>They are open exactly when the API description is ({@code frontdoor.security.api-docs-public}, open by default),
 * and otherwise need any signed-in role. A schema is a wire contract of the same kind as the OpenAPI description: it
 * is built from files in this service's jar, holds no case data and nothing about any child, referral or caller, and a
 * partner's developers need it to build and test their sender before (and apart from) being issued credentials; the
 * dead-letter reasons point them at it. A deployment that keeps its API description behind sign-in keeps these with it.
 */
@Configuration(proxyBeanMethods = false)
class SchemaAccessRules {

    @Bean
    EndpointRules schemaEndpoints(FrontDoorSecurityProperties security) {
        return new EndpointRules(List.of(readable(get("/api/schemas"), security), readable(get("/api/schemas/{type}/{version}"), security)));
    }

    private static EndpointRule readable(EndpointRule.Target schema, FrontDoorSecurityProperties security) {
        return security.apiDocsPublic() ? schema.open() : schema.allow(Role.ANY);
    }
}
