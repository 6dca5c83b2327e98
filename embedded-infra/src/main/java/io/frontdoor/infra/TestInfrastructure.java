package io.frontdoor.infra;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL and Kafka the tests of this JVM share, started once. {@code -Dtest.infra=embedded} (default)
 * uses the in-process binaries, {@code containers} uses Testcontainers and fails loudly without Docker, {@code auto}
 * picks containers when Docker answers. There is no in-memory stand-in to fall back to.
 */
public final class TestInfrastructure {

    public record Endpoints(String jdbcUrl, String username, String password, String kafkaBootstrapServers) {
    }

    private static Endpoints endpoints;

    private TestInfrastructure() {
    }

    public static synchronized Endpoints get() {
        if (endpoints == null) {
            endpoints = start(System.getProperty("test.infra", "embedded").toLowerCase(Locale.ROOT));
        }
        return endpoints;
    }

    private static Endpoints start(String mode) {
        return switch (mode) {
            case "embedded" -> embedded();
            case "containers" -> containers();
            case "auto" -> DockerClientFactory.instance().isDockerAvailable() ? containers() : embedded();
            default -> throw new IllegalArgumentException("test.infra must be embedded, containers or auto, not " + mode);
        };
    }

    private static Endpoints embedded() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0);
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                kafka.close();
            } catch (Exception ignored) {
                // the JVM is going away
            }
            postgres.close();
        }));
        return new Endpoints(postgres.jdbcUrl(), "postgres", "postgres", kafka.bootstrapServers());
    }

    @SuppressWarnings("resource")
    private static Endpoints containers() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("test.infra=containers needs a Docker engine, and none answers on this machine");
        }
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c", "max_connections=300");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres.start();
        kafka.start();
        return new Endpoints(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), kafka.getBootstrapServers());
    }
}
