package io.frontdoor.deploy;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The three services started against one PostgreSQL and one Kafka: what the local stack and the end-to-end tests run. */
public final class Platform implements AutoCloseable {

    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);

    public Platform(Path projectRoot, String jdbcUrl, String dbUser, String dbPassword, String kafka,
                    Map<Service, Integer> ports, Path logDirectory) {
        Map<String, String> environment = Map.of(
                "FRONTDOOR_DB_URL", jdbcUrl, "FRONTDOOR_DB_USER", dbUser, "FRONTDOOR_DB_PASSWORD", dbPassword,
                "FRONTDOOR_KAFKA", kafka);
        for (Service service : Service.values()) {
            int port = ports.getOrDefault(service, 0);
            services.put(service, new ServiceProcess(service, projectRoot, port > 0 ? port : freePort(), environment, logDirectory));
        }
    }

    public Platform start(Duration timeout) {
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(s -> s.awaitReady(timeout));
        return this;
    }

    public ServiceProcess get(Service service) {
        return services.get(service);
    }

    public String url(Service service) {
        return services.get(service).url();
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
