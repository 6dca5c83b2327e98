package io.frontdoor.infra;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at the shared real PostgreSQL and Kafka, and makes it trust the test token issuer
 * ({@link TestIssuer}): call from a {@code @DynamicPropertySource}.
 */
public final class InfraProperties {

    private InfraProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        registry.add("spring.datasource.url", infra::jdbcUrl);
        registry.add("spring.datasource.username", infra::username);
        registry.add("spring.datasource.password", infra::password);
        registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.get().issuerUri());
    }
}
