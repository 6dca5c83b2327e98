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

/** Who may use intake's endpoints. A partner referrer is further held to its own agency by the controllers. */
@Configuration(proxyBeanMethods = false)
class ContactAccessRules {

    @Bean
    EndpointRules contactEndpoints() {
        return EndpointRules.of(
                post("/api/contacts").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
                get("/api/contacts/{contactId}").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER, AUDITOR));
    }
}
