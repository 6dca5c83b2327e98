package io.frontdoor.deploy;

import io.frontdoor.auth.DemoDirectory;
import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.infra.EmbeddedKafkaServer;
import io.frontdoor.infra.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Front Door on one machine: real PostgreSQL and Kafka (embedded, data kept under {@code --data-dir}), then the local
 * authorization server, the three services and the web front end as their own processes, then demo data. Ctrl-C stops everything,
 * services first. The authorization server and its demo identities exist only here, never in production.
 *
 * <pre>
 * --data-dir=DIR        where PostgreSQL, Kafka and the service logs keep their files (default .frontdoor-data)
 * --fresh               start empty: delete the data folder first
 * --postgres-port=N     default 15432
 * --intake-port=N --triage-port=N --projection-port=N   defaults 8081, 8082, 8083
 * --web-port=N          the web front end (the URL to open), default 8080
 * --auth-port=N         the local authorization server (the token issuer), default 9000
 * --no-demo-data        do not post the demo contacts (they are posted on a first or fresh start only)
 * --instances=N         N processes of each service (default 1), the k-th on its port + 10(k-1): 8081 and 8091…
 * --json-logs           the services log one JSON object a line (Spring Boot's ECS structured logging)
 * </pre>
 */
public final class LocalStack {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.fresh()) {
            deleteRecursively(options.dataDir());
        }
        boolean firstStart = !Files.exists(options.dataDir());
        Files.createDirectories(options.dataDir());
        System.out.println("Front Door local stack — data in " + options.dataDir().toAbsolutePath());

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"), options.postgresPort());
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(options.dataDir().resolve("kafka"));
        System.out.println("  PostgreSQL  " + postgres.jdbcUrl());
        System.out.println("  Kafka       " + kafka.bootstrapServers() + "   (a free port, chosen at each start)");

        Platform platform = new Platform(options.projectRoot(), postgres.jdbcUrl(), "postgres", "postgres",
                kafka.bootstrapServers(), options.ports(), options.dataDir().resolve("logs"), options.settings(), options.instances());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Front Door…");
            platform.close();
            try {
                kafka.close();
            } catch (Exception e) {
                System.err.println("Kafka did not stop cleanly: " + e.getMessage());
            }
            postgres.close();
            System.out.println("Stopped. Data kept in " + options.dataDir().toAbsolutePath());
            stopped.countDown();
        }));

        System.out.println("Starting services (logs in " + options.dataDir().resolve("logs") + ") …");
        try {
            platform.start(Duration.ofMinutes(3));
        } catch (IllegalStateException failed) {
            System.err.println("Front Door did not start: " + failed.getMessage());
            System.exit(1);
        }
        if (options.demoData() && firstStart) {
            int posted = DemoData.post(platform.url(Service.INTAKE), new Tokens(platform.issuer()));
            System.out.println("Demo data: " + posted + " synthetic contacts posted (a resend of the same reference is a no-op).");
        }
        System.out.println();
        System.out.println("Front Door is up" + (options.instances() > 1 ? ", " + options.instances() + " instances of each service" : "") + ":");
        for (ServiceProcess intake : platform.instances(Service.INTAKE)) {
            System.out.println("  Intake      " + intake.url() + "/api/contacts     (OpenAPI: /swagger-ui.html)");
        }
        for (ServiceProcess triage : platform.instances(Service.TRIAGE)) {
            System.out.println("  Triage      " + triage.url() + "/api/packs");
        }
        for (ServiceProcess projection : platform.instances(Service.PROJECTION)) {
            System.out.println("  Queue API   " + projection.url() + "/api/queue");
        }
        System.out.println("  Sign-in     " + platform.issuer());
        System.out.println();
        System.out.println("Open Front Door in your browser:  " + platform.pageUrl() + "/   (sign in as pat.practitioner, password demo)");
        System.out.println();
        System.out.print(DemoDirectory.describe(platform.issuer(), platform.url(Service.PROJECTION) + "/api/queue"));
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    record Options(Path dataDir, boolean fresh, int postgresPort, Map<Service, Integer> ports,
                   boolean demoData, Path projectRoot, int instances, boolean jsonLogs) {

        /** More environment for every service process. */
        Map<String, String> settings() {
            return jsonLogs ? Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs") : Map.of();
        }

        static Options parse(String[] args) {
            Map<String, String> values = new java.util.HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown argument " + arg + " (see LocalStack's options)");
                }
                String[] kv = arg.substring(2).split("=", 2);
                values.put(kv[0], kv.length == 2 ? kv[1] : "true");
            }
            Path dataDir = Path.of(values.getOrDefault("data-dir", ".frontdoor-data"));
            return new Options(dataDir, values.containsKey("fresh"),
                    Integer.parseInt(values.getOrDefault("postgres-port", "15432")),
                    Map.of(Service.AUTH, Integer.parseInt(values.getOrDefault("auth-port", "9000")),
                            Service.INTAKE, Integer.parseInt(values.getOrDefault("intake-port", "8081")),
                            Service.TRIAGE, Integer.parseInt(values.getOrDefault("triage-port", "8082")),
                            Service.PROJECTION, Integer.parseInt(values.getOrDefault("projection-port", "8083")),
                            Service.WEB, Integer.parseInt(values.getOrDefault("web-port", "8080"))),
                    !values.containsKey("no-demo-data"),
                    Path.of(values.getOrDefault("project-root", ".")),
                    instances(values.getOrDefault("instances", "1")), values.containsKey("json-logs"));
        }

        private static int instances(String value) {
            int instances = Integer.parseInt(value);
            if (instances < 1 || instances > 5) {
                throw new IllegalArgumentException("--instances must be 1 to 5, not " + value);
            }
            return instances;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
