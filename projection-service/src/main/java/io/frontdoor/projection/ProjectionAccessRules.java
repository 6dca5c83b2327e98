package io.frontdoor.projection;

import static io.frontdoor.platform.security.EndpointRule.get;
import static io.frontdoor.platform.security.Role.AUDITOR;
import static io.frontdoor.platform.security.Role.MANAGER;
import static io.frontdoor.platform.security.Role.PARTNER_REFERRER;
import static io.frontdoor.platform.security.Role.PRACTITIONER;

import io.frontdoor.platform.security.EndpointRules;
import io.frontdoor.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read which view. Case content (queue, timeline, chronology) for those who read cases; the dashboard, the
 * statutory returns and the escalation audit for managers and auditors; the partner view for partners (held to their own agency by the
 * controller) and for staff checking what a partner sees. Rebuilds are the platform's {@code /api/admin/**} (ADMIN).
 * The page, its scripts and where it signs in carry no data and are open. A new endpoint is refused until it is here.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionAccessRules {

    @Bean
    EndpointRules projectionEndpoints() {
        return EndpointRules.of(
                get("/api/queue").allow(Role.CASE_READERS),
                get("/api/queue/stream").allow(Role.CASE_READERS),
                get("/api/queue/tabs").allow(Role.CASE_READERS),
                get("/api/contacts/{contactId}/timeline").allow(Role.CASE_READERS),
                get("/api/children/{childId}/chronology").allow(Role.CASE_READERS),
                get("/api/dashboard").allow(MANAGER, AUDITOR),
                get("/api/reports/annex-a").allow(MANAGER, AUDITOR),
                get("/api/reports/cin-census").allow(MANAGER, AUDITOR),
                get("/api/escalations").allow(MANAGER, AUDITOR),
                get("/api/decisions/under-review").allow(MANAGER, AUDITOR),
                get("/api/escalations/{escalationId}").allow(MANAGER, AUDITOR),
                get("/api/partner/referrals").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER, AUDITOR),
                get("/api/partner/referrals/{contactId}").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER, AUDITOR),
                get("/api/partner/checks").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER, AUDITOR));
    }
}
