package io.frontdoor.deploy;

import io.frontdoor.auth.DemoDirectory;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local authorization server, the three services and the web front end, started against one PostgreSQL and one
 * Kafka: what the local stack and the end-to-end tests run. The services trust the authorization server as their token
 * issuer; the web front end signs people in there (it reads the issuer's discovery document when it starts, so it
 * starts once the authorization server answers).
 */
public final class Platform implements AutoCloseable {

    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);

    public Platform(Path projectRoot, String jdbcUrl, String dbUser, String dbPassword, String kafka,
                    Map<Service, Integer> ports, Path logDirectory) {
        this(projectRoot, jdbcUrl, dbUser, dbPassword, kafka, ports, logDirectory, Map.of());
    }

    /** @param settings more environment for every process (logging levels, say) */
    public Platform(Path projectRoot, String jdbcUrl, String dbUser, String dbPassword, String kafka,
                    Map<Service, Integer> ports, Path logDirectory, Map<String, String> settings) {
        Map<Service, Integer> chosen = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            int port = ports.getOrDefault(service, 0);
            chosen.put(service, port > 0 ? port : freePort());
        }
        String issuer = "http://localhost:" + chosen.get(Service.AUTH);
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of(
                "FRONTDOOR_DB_URL", jdbcUrl, "FRONTDOOR_DB_USER", dbUser, "FRONTDOOR_DB_PASSWORD", dbPassword,
                "FRONTDOOR_KAFKA", kafka, "FRONTDOOR_ISSUER_URI", issuer,
                "FRONTDOOR_WEB_ORIGINS", "http://127.0.0.1:" + chosen.get(Service.WEB),
                "SPRING_APPLICATION_JSON", partnerSenders()));
        environment.putAll(Map.of(
                "FRONTDOOR_INTAKE_URL", "http://localhost:" + chosen.get(Service.INTAKE),
                "FRONTDOOR_TRIAGE_URL", "http://localhost:" + chosen.get(Service.TRIAGE),
                "FRONTDOOR_PROJECTION_URL", "http://localhost:" + chosen.get(Service.PROJECTION)));
        for (Service service : Service.values()) {
            services.put(service, new ServiceProcess(service, projectRoot, chosen.get(service), environment, logDirectory));
        }
    }

    /** The demo partner systems may send on the partner feed, each for its own agency. */
    private static String partnerSenders() {
        return DemoDirectory.SYSTEMS.stream().filter(system -> system.agency() != null)
                .map(system -> "\"" + system.id() + "\": \"" + system.agency() + "\"")
                .collect(Collectors.joining(", ", "{\"frontdoor\": {\"security\": {\"partner-senders\": {", "}}}}"));
    }

    public Platform start(Duration timeout) {
        services.values().stream().filter(s -> s.service() != Service.WEB).forEach(ServiceProcess::start);
        services.get(Service.AUTH).awaitReady(timeout);
        services.get(Service.WEB).start();
        services.values().forEach(s -> s.awaitReady(timeout));
        return this;
    }

    /** The web front end's address as a browser opens it: the authorization server accepts loopback redirects by IP. */
    public String pageUrl() {
        return url(Service.WEB).replace("localhost", "127.0.0.1");
    }

    public ServiceProcess get(Service service) {
        return services.get(service);
    }

    public String url(Service service) {
        return services.get(service).url();
    }

    /** The issuer the services trust: the local authorization server. */
    public String issuer() {
        return url(Service.AUTH);
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
