package io.frontdoor.triage;

import static io.frontdoor.platform.security.EndpointRule.get;
import static io.frontdoor.platform.security.EndpointRule.post;
import static io.frontdoor.platform.security.Role.MANAGER;
import static io.frontdoor.platform.security.Role.PARTNER_REFERRER;
import static io.frontdoor.platform.security.Role.PRACTITIONER;

import io.frontdoor.platform.security.EndpointRules;
import io.frontdoor.platform.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use triage-service's endpoints. Reads are for those who read cases, commands for those who work them,
 * authorising and returning a decision for managers (who may not authorise their own: the Triage refuses that).
 * A partner checks the threshold and raises a disagreement on its own agency's referral (the controller checks the
 * agency). A new endpoint is refused until it has its line here.
 */
@Configuration(proxyBeanMethods = false)
class TriageServiceAccessRules {

    static final Set<Role> PARTNERS_AND_CASE_READERS = EnumSet.of(PARTNER_REFERRER, PRACTITIONER, MANAGER, Role.AUDITOR);

    @Bean
    EndpointRules triageEndpoints() {
        return EndpointRules.of(
                get("/api/triages/{contactId}").allow(Role.CASE_READERS),
                post("/api/triages/{contactId}/**").allow(Role.CASE_WORKERS),
                post("/api/triages/{contactId}/decision/authorisation").allow(MANAGER),
                post("/api/triages/{contactId}/decision/return").allow(MANAGER),
                post("/api/triages/{contactId}/review").allow(PRACTITIONER, MANAGER),
                post("/api/triages/{contactId}/disagreements").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
                get("/api/packs").allow(PARTNERS_AND_CASE_READERS),
                get("/api/packs/{id}").allow(PARTNERS_AND_CASE_READERS),
                post("/api/threshold/evaluate").allow(PARTNERS_AND_CASE_READERS),
                post("/api/escalations/{escalationId}/stage-outcome").allow(MANAGER),
                get("/api/da-triage/meetings/**").allow(Role.CASE_READERS),
                post("/api/da-triage/meetings/**").allow(Role.CASE_WORKERS),
                get("/api/early-help/{episodeId}").allow(Role.CASE_READERS),
                post("/api/early-help/{episodeId}/**").allow(Role.CASE_WORKERS));
    }
}
