package io.frontdoor.infra;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at the shared real PostgreSQL and Kafka: call from a {@code @DynamicPropertySource}. */
public final class InfraProperties {

    private InfraProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        registry.add("spring.datasource.url", infra::jdbcUrl);
        registry.add("spring.datasource.username", infra::username);
        registry.add("spring.datasource.password", infra::password);
        registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
    }
}
