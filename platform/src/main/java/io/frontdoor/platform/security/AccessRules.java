package io.frontdoor.platform.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * All the {@link EndpointRules} of a service as the filter chain applies them: the most specific pattern first (so
 * {@code POST /api/triages/{id}/decision/authorisation} wins over {@code POST /api/triages/**} whatever the order the
 * beans were declared in), then anything not declared is denied.
 */
final class AccessRules {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final Comparator<EndpointRule> MOST_SPECIFIC_FIRST = Comparator
            .comparing((EndpointRule rule) -> PARSER.parse(rule.pattern()), PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(rule -> rule.method() == null);

    private final List<EndpointRule> rules;

    AccessRules(List<EndpointRules> declared) {
        List<EndpointRule> all = new ArrayList<>();
        declared.forEach(rules -> all.addAll(rules.rules()));
        requireEachEndpointOnce(all);
        all.sort(MOST_SPECIFIC_FIRST);
        this.rules = List.copyOf(all);
    }

    List<EndpointRule> rules() {
        return rules;
    }

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry authorize) {
        for (EndpointRule rule : rules) {
            var matcher = rule.method() == null ? authorize.requestMatchers(rule.pattern())
                    : authorize.requestMatchers(rule.method(), rule.pattern());
            if (rule.open()) {
                matcher.permitAll();
            } else {
                matcher.hasAnyRole(rule.roles().stream().map(Role::name).sorted().toArray(String[]::new));
            }
        }
        authorize.anyRequest().denyAll();
    }

    private static void requireEachEndpointOnce(List<EndpointRule> rules) {
        Set<String> seen = new HashSet<>();
        for (EndpointRule rule : rules) {
            String endpoint = (rule.method() == null ? "*" : rule.method().name()) + " " + rule.pattern();
            if (!seen.add(endpoint)) {
                throw new IllegalStateException("two endpoint rules for " + endpoint + ": keep one");
            }
        }
    }
}
