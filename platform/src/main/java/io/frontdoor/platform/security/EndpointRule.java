package io.frontdoor.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint: an HTTP method (null: any) and a path pattern ({@code /api/triages/{contactId}},
 * {@code /api/admin/**}), with the roles allowed, or open to anyone. Build with {@code get(...).allow(...)}.
 */
public record EndpointRule(HttpMethod method, String pattern, Set<Role> roles, boolean open) {

    public EndpointRule {
        roles = Set.copyOf(roles);
        if (!open && roles.isEmpty()) {
            throw new IllegalArgumentException(pattern + ": name the roles allowed (or declare it open)");
        }
    }

    public static Target get(String pattern) {
        return new Target(HttpMethod.GET, pattern);
    }

    public static Target post(String pattern) {
        return new Target(HttpMethod.POST, pattern);
    }

    public static Target put(String pattern) {
        return new Target(HttpMethod.PUT, pattern);
    }

    public static Target patch(String pattern) {
        return new Target(HttpMethod.PATCH, pattern);
    }

    public static Target delete(String pattern) {
        return new Target(HttpMethod.DELETE, pattern);
    }

    /** Every method on the pattern. */
    public static Target any(String pattern) {
        return new Target(null, pattern);
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method.name()) + " " + pattern + " -> " + (open ? "open" : roles);
    }

    public record Target(HttpMethod method, String pattern) {

        public EndpointRule allow(Role first, Role... more) {
            return new EndpointRule(method, pattern, EnumSet.of(first, more), false);
        }

        public EndpointRule allow(Set<Role> roles) {
            return new EndpointRule(method, pattern, roles, false);
        }

        /** No token needed: only for what carries no case data (health, a static page, its script). */
        public EndpointRule open() {
            return new EndpointRule(method, pattern, Set.of(), true);
        }
    }
}
