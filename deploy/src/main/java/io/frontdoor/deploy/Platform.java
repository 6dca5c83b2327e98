package io.frontdoor.deploy;

import io.frontdoor.auth.DemoDirectory;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local authorization server, the three services and the web front end, started against one PostgreSQL and one
 * Kafka: what the local stack and the end-to-end tests run. The services trust the authorization server as their token
 * issuer; the web front end signs people in there (it reads the issuer's discovery document when it starts, so it
 * starts once the authorization server answers). With several instances, each service runs as that many processes on
 * their own ports (the port given, then +10, +20…); they share the topics' partitions (one consumer group per service)
 * and the processors' segments, as in production. The authorization server and the web front end run once.
 */
public final class Platform implements AutoCloseable {

    private final Map<Service, List<ServiceProcess>> services = new EnumMap<>(Service.class);

    public Platform(Path projectRoot, String jdbcUrl, String dbUser, String dbPassword, String kafka,
                    Map<Service, Integer> ports, Path logDirectory) {
        this(projectRoot, jdbcUrl, dbUser, dbPassword, kafka, ports, logDirectory, Map.of());
    }

    /** @param settings more environment for every process (logging levels, say) */
    public Platform(Path projectRoot, String jdbcUrl, String dbUser, String dbPassword, String kafka,
                    Map<Service, Integer> ports, Path logDirectory, Map<String, String> settings) {
        this(projectRoot, jdbcUrl, dbUser, dbPassword, kafka, ports, logDirectory, settings, 1);
    }

    /** @param instances how many processes of each service (the authorization server and the web front end are always one) */
    public Platform(Path projectRoot, String jdbcUrl, String dbUser, String dbPassword, String kafka,
                    Map<Service, Integer> ports, Path logDirectory, Map<String, String> settings, int instances) {
        Map<Service, List<Integer>> chosen = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            int port = ports.getOrDefault(service, 0);
            int count = service == Service.AUTH || service == Service.WEB ? 1 : instances;
            List<Integer> instancePorts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                instancePorts.add(port > 0 ? port + 10 * i : freePort());
            }
            chosen.put(service, instancePorts);
        }
        String issuer = "http://localhost:" + chosen.get(Service.AUTH).get(0);
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of(
                "FRONTDOOR_DB_URL", jdbcUrl, "FRONTDOOR_DB_USER", dbUser, "FRONTDOOR_DB_PASSWORD", dbPassword,
                "FRONTDOOR_KAFKA", kafka, "FRONTDOOR_ISSUER_URI", issuer,
                "FRONTDOOR_WEB_ORIGINS", "http://127.0.0.1:" + chosen.get(Service.WEB).get(0),
                "SPRING_APPLICATION_JSON", partnerSenders()));
        environment.putAll(Map.of(
                "FRONTDOOR_INTAKE_URL", "http://localhost:" + chosen.get(Service.INTAKE).get(0),
                "FRONTDOOR_TRIAGE_URL", "http://localhost:" + chosen.get(Service.TRIAGE).get(0),
                "FRONTDOOR_PROJECTION_URL", "http://localhost:" + chosen.get(Service.PROJECTION).get(0)));
        environment.putAll(workers());
        for (Service service : Service.values()) {
            List<ServiceProcess> processes = new ArrayList<>();
            for (int i = 0; i < chosen.get(service).size(); i++) {
                Map<String, String> instanceEnvironment = new HashMap<>(environment);
                // the instance is named in its Kafka clients' ids, so a consumer group's members say which they are
                instanceEnvironment.put("SPRING_KAFKA_CLIENT_ID", service.module() + "-" + (i + 1));
                processes.add(new ServiceProcess(service, i + 1, projectRoot, chosen.get(service).get(i), instanceEnvironment, logDirectory));
            }
            services.put(service, List.copyOf(processes));
        }
    }

    /** The demo partner systems may send on the partner feed, each for its own agency: the kind and name its token names. */
    private static String partnerSenders() {
        return DemoDirectory.SYSTEMS.stream().filter(system -> system.agency() != null)
                .map(system -> "\"" + system.id() + "\": {\"agency\": \"" + system.agency() + "\", \"name\": \"" + system.agencyName() + "\"}")
                .collect(Collectors.joining(", ", "{\"frontdoor\": {\"security\": {\"partner-senders\": {", "}}}}"));
    }

    /**
     * The demo people and systems who work the front door (practitioners and managers) are the workers contacts may be
     * allocated to: {@code frontdoor.workers[i].id/name}, as environment variables.
     */
    static Map<String, String> workers() {
        var workers = java.util.stream.Stream.concat(DemoDirectory.PEOPLE.stream(), DemoDirectory.SYSTEMS.stream())
                .filter(identity -> identity.roles().contains("PRACTITIONER") || identity.roles().contains("MANAGER")).toList();
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < workers.size(); i++) {
            environment.put("FRONTDOOR_WORKERS_" + i + "_ID", workers.get(i).id());
            environment.put("FRONTDOOR_WORKERS_" + i + "_NAME", workers.get(i).name());
        }
        return environment;
    }

    /** Starts every service and waits until each is ready; if one is not, stops them all before saying so. */
    public Platform start(Duration timeout) {
        try {
            all().stream().filter(s -> s.service() != Service.WEB).forEach(ServiceProcess::start);
            get(Service.AUTH).awaitReady(timeout);
            get(Service.WEB).start();
            all().forEach(s -> s.awaitReady(timeout));
        } catch (RuntimeException notReady) {
            close();
            throw notReady;
        }
        return this;
    }

    /** The web front end's address as a browser opens it: the authorization server accepts loopback redirects by IP. */
    public String pageUrl() {
        return url(Service.WEB).replace("localhost", "127.0.0.1");
    }

    /** The service's first instance. */
    public ServiceProcess get(Service service) {
        return services.get(service).get(0);
    }

    /** Every instance of the service. */
    public List<ServiceProcess> instances(Service service) {
        return services.get(service);
    }

    public String url(Service service) {
        return get(service).url();
    }

    private List<ServiceProcess> all() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    /** The issuer the services trust: the local authorization server. */
    public String issuer() {
        return url(Service.AUTH);
    }

    /** Stops every service at once (each gets 30 seconds to stop gracefully), so a shutdown hook finishes in time. */
    @Override
    public void close() {
        all().forEach(ServiceProcess::beginStop);
        all().forEach(ServiceProcess::awaitStopped);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
