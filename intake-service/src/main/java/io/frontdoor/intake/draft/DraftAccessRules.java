package io.frontdoor.intake.draft;

import static io.frontdoor.platform.security.EndpointRule.delete;
import static io.frontdoor.platform.security.EndpointRule.get;
import static io.frontdoor.platform.security.EndpointRule.put;
import static io.frontdoor.platform.security.Role.MANAGER;
import static io.frontdoor.platform.security.Role.PARTNER_REFERRER;
import static io.frontdoor.platform.security.Role.PRACTITIONER;

import io.frontdoor.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Drafts are for whoever may refer ({@code POST /api/contacts}); each sees only its own (the controller holds it to that). */
@Configuration(proxyBeanMethods = false)
class DraftAccessRules {

    @Bean
    EndpointRules draftEndpoints() {
        return EndpointRules.of(
                get("/api/drafts").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
                get("/api/drafts/{draftId}").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
                put("/api/drafts/{draftId}").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
                delete("/api/drafts/{draftId}").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER));
    }
}
