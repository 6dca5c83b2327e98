package io.frontdoor.intake.contact;

import static io.frontdoor.platform.security.EndpointRule.get;
import static io.frontdoor.platform.security.EndpointRule.post;
import static io.frontdoor.platform.security.Role.AUDITOR;
import static io.frontdoor.platform.security.Role.MANAGER;
import static io.frontdoor.platform.security.Role.PARTNER_REFERRER;
import static io.frontdoor.platform.security.Role.PRACTITIONER;

import io.frontdoor.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use intake's contact endpoints. A partner referrer is further held to its own agency by the controllers. The
 * partner feed's schemas are in {@code SchemaAccessRules}; health, operations, the API description and the access audit
 * ({@code GET /api/audit/access}, AUDITOR) are the platform's rules. Anything else is refused.
 */
@Configuration(proxyBeanMethods = false)
class ContactAccessRules {

    @Bean
    EndpointRules contactEndpoints() {
        return EndpointRules.of(
                post("/api/contacts").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
                get("/api/contacts/{contactId}").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER, AUDITOR));
    }
}
