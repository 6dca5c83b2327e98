package io.frontdoor.platform.security;

import java.util.List;

/**
 * One service's (or one feature's) declared endpoints, as a bean. Every bean of this type in a service is combined;
 * a request that no rule names is refused (deny by default), so a new endpoint is one line here:
 *
 * <pre>
 * &#64;Bean
 * EndpointRules contactEndpoints() {
 *     return EndpointRules.of(
 *             post("/api/contacts").allow(PARTNER_REFERRER, PRACTITIONER, MANAGER),
 *             get("/api/contacts/{contactId}").allow(Role.CASE_READERS));
 * }
 * </pre>
 */
public record EndpointRules(List<EndpointRule> rules) {

    public EndpointRules {
        rules = List.copyOf(rules);
    }

    public static EndpointRules of(EndpointRule... rules) {
        return new EndpointRules(List.of(rules));
    }
}
