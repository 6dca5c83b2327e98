package io.frontdoor.platform.audit;

import static io.frontdoor.platform.security.EndpointRule.get;

import io.frontdoor.platform.security.EndpointRules;
import io.frontdoor.platform.security.Role;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access audit in every service: its table (added to the service's own Flyway locations, so it lives in the
 * service's schema), the {@link AuditedRead} handling (reads allowed and refused) and the auditor's query endpoint.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({AuditedReadAdvice.class, AccessAuditController.class})
public class AccessAuditConfiguration {

    static final Location AUDIT_MIGRATIONS = new Location("classpath:db/audit");

    @Bean
    AccessAudit accessAudit(JdbcTemplate jdbc) {
        return new AccessAudit(jdbc);
    }

    @Bean
    RefusedReads refusedReads(AccessAudit audit,
                              @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return new RefusedReads(audit, mappings);
    }

    @Bean
    WebMvcConfigurer refusedReadsInterceptor(RefusedReads refusedReads) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(refusedReads);
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer accessAuditMigrations() {
        return flyway -> {
            if (Arrays.stream(flyway.getLocations()).noneMatch(AUDIT_MIGRATIONS::equals)) {
                flyway.locations(Stream.concat(Arrays.stream(flyway.getLocations()), Stream.of(AUDIT_MIGRATIONS))
                        .toArray(Location[]::new));
            }
        };
    }

    @Bean
    EndpointRules accessAuditEndpoints() {
        return EndpointRules.of(get("/api/audit/access").allow(Role.AUDITOR));
    }
}
