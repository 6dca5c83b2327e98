package io.frontdoor.deploy.load;

import io.frontdoor.deploy.Platform;
import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.infra.EmbeddedKafkaServer;
import io.frontdoor.infra.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults under load. Starts its own PostgreSQL (fsync and synchronous_commit on) and broker on fixed ports and data
 * folders, and the services as processes; while the load generator sends contacts (REST and the partner feed, dated days
 * ago so that each triage's decision deadline passes at once), it kills intake, triage and projection in turn with
 * SIGKILL and starts each again, restarts the broker, and restarts PostgreSQL. Then it waits for the work to settle and
 * counts, for every contact accepted (a 201, or the broker's acknowledgement of a partner message): one
 * {@code ContactReceived} in intake, one {@code TriageOpened} in triage, one decision {@code DeadlinePassed}, and in
 * projection one queue entry, one logged {@code ContactReceived} and one logged {@code TriageOpened}. It prints what it did
 * and what it counted, and stops everything it started, also on failure.
 *
 * <pre>
 * java -cp deploy/target/deploy-*-exec.jar -Dloader.main=io.frontdoor.deploy.load.FaultHarness \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --rate=30 --pause=20
 * --rate=N        contacts per second while the faults happen (default 20)
 * --pause=S       seconds of load before each fault and after each recovery (default 15)
 * --settle=S      seconds to wait for the counts to come right (default 240)
 * --data-dir=DIR  where its PostgreSQL, broker and logs live (default target/fault-harness; emptied first)
 * --project-root=DIR   where the services' jars are built (default .)
 * </pre>
 * {@code -Dfrontdoor.jvm.jit=c1} starts the services sooner on a busy machine (speed is not what it measures).
 */
public final class FaultHarness {

    public record Options(double rate, int pauseSeconds, int settleSeconds, Path dataDir, Path projectRoot) {

        public static Options parse(String... args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                String[] kv = arg.replaceFirst("^--", "").split("=", 2);
                values.put(kv[0], kv.length == 2 ? kv[1] : "true");
            }
            return new Options(Double.parseDouble(values.getOrDefault("rate", "20")),
                    Integer.parseInt(values.getOrDefault("pause", "15")), Integer.parseInt(values.getOrDefault("settle", "240")),
                    Path.of(values.getOrDefault("data-dir", "target/fault-harness")), Path.of(values.getOrDefault("project-root", ".")));
        }
    }

    /** What the harness counted: for each check, how many accepted contacts passed it. */
    public record Report(int sent, int accepted, int failedSends, Map<String, Integer> counts, List<String> actions) {

        public boolean passed() {
            return accepted > 0 && counts.values().stream().allMatch(count -> count == accepted);
        }

        public void print(PrintStream out) {
            out.println();
            out.println("FAULTS what was done:");
            actions.forEach(action -> out.println("  " + action));
            out.printf("FAULTS counted: sent %d, accepted %d, not accepted (refused or failed while a part was down) %d%n", sent,
                    accepted, failedSends);
            out.println("| check (per accepted contact)                        | contacts passing | of accepted |");
            out.println("| --------------------------------------------------- | ---------------- | ----------- |");
            counts.forEach((check, count) -> out.printf("| %-51s | %16d | %11d |%n", check, count, accepted));
            out.println(passed() ? "FAULTS PASSED: every accepted contact exactly once everywhere"
                    : "FAULTS FAILED: some accepted contact is missing or doubled");
        }
    }

    /** A service's start on a busy 2-core machine can take minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(15);

    private final Options options;
    private final List<String> actions = new ArrayList<>();
    private final long started = System.nanoTime();

    public FaultHarness(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Report report = new FaultHarness(Options.parse(args)).run();
        report.print(System.out);
        System.exit(report.passed() ? 0 : 1);
    }

    public Report run() throws Exception {
        deleteRecursively(options.dataDir());
        Files.createDirectories(options.dataDir());
        int postgresPort = freePort();
        int kafkaPort = freePort();
        AtomicReference<EmbeddedPostgresServer> postgres = new AtomicReference<>();
        AtomicReference<EmbeddedKafkaServer> kafka = new AtomicReference<>();
        Platform platform = null;
        Thread stopAll = null;
        try {
            postgres.set(EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"), postgresPort));
            kafka.set(EmbeddedKafkaServer.start(options.dataDir().resolve("kafka"), kafkaPort));
            String jdbcUrl = postgres.get().jdbcUrl();
            platform = new Platform(options.projectRoot(), jdbcUrl, "postgres", "postgres", kafka.get().bootstrapServers(), Map.of(),
                    options.dataDir().resolve("logs"), Map.of("FRONTDOOR_PACKS_LOCATION", "classpath:packs/"));
            Platform running = platform;
            stopAll = new Thread(() -> stopQuietly(running, kafka, postgres));
            Runtime.getRuntime().addShutdownHook(stopAll);
            did("started PostgreSQL on port " + postgresPort + ", the broker on " + kafkaPort + ", and the services");
            platform.start(STARTUP);

            LoadGenerator generator = new LoadGenerator(LoadGenerator.Options.parse("--intake=" + platform.url(Service.INTAKE),
                    "--projection=" + platform.url(Service.PROJECTION), "--issuer=" + platform.issuer(),
                    "--kafka=" + kafka.get().bootstrapServers(), "--kafka-share=0.4", "--rate=" + options.rate(), "--duration=86400",
                    "--connections=4").withoutWatch().quiet().receivedAgo(Duration.ofDays(10)));
            AtomicReference<LoadReport> load = new AtomicReference<>();
            AtomicReference<Exception> loadFailed = new AtomicReference<>();
            Thread sender = new Thread(() -> {
                try {
                    load.set(generator.run());
                } catch (Exception e) {
                    loadFailed.set(e);
                }
            }, "fault-harness-load");
            sender.start();
            did("load: " + options.rate() + " contacts/s, 40% of partner contacts on the partner feed, dated 10 days ago");

            pause(options.pauseSeconds());
            for (Service service : List.of(Service.INTAKE, Service.TRIAGE, Service.PROJECTION)) {
                platform.get(service).kill();
                did("kill -9 " + service.module() + " (" + generator.accepted().size() + " accepted so far)");
                pause(Math.max(2, options.pauseSeconds() / 3));
                platform.get(service).start().awaitReady(STARTUP);
                did("started " + service.module() + " again");
                pause(options.pauseSeconds());
            }
            kafka.get().close();
            did("stopped the broker (" + generator.accepted().size() + " accepted so far)");
            pause(Math.max(2, options.pauseSeconds() / 3));
            kafka.set(EmbeddedKafkaServer.start(options.dataDir().resolve("kafka"), kafkaPort));
            did("started the broker again on the same data and port");
            pause(options.pauseSeconds());
            postgres.get().close();
            did("stopped PostgreSQL (" + generator.accepted().size() + " accepted so far)");
            pause(Math.max(2, options.pauseSeconds() / 3));
            postgres.set(EmbeddedPostgresServer.start(options.dataDir().resolve("postgres"), postgresPort));
            did("started PostgreSQL again on the same data and port");
            pause(options.pauseSeconds());
            generator.stop();
            sender.join();
            if (loadFailed.get() != null) {
                throw loadFailed.get();
            }
            did("stopped the load: " + load.get().sent() + " sent, " + load.get().accepted() + " accepted");

            List<String> accepted = List.copyOf(generator.accepted().keySet());
            Map<String, Integer> counts = awaitCounts(jdbcUrl, accepted);
            did("counted");
            return new Report(load.get().sent(), accepted.size(), load.get().rejected() + load.get().failed(), counts, actions);
        } finally {
            stopQuietly(platform, kafka, postgres);
            if (stopAll != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopAll);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
        }
    }

    /** The checks, polled until every accepted contact passes each of them or the settle time is up. */
    private Map<String, Integer> awaitCounts(String jdbcUrl, List<String> accepted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(options.settleSeconds()).toNanos();
        Map<String, Integer> counts;
        do {
            Thread.sleep(2000);
            counts = counts(jdbcUrl, accepted);
        } while (System.nanoTime() < deadline && counts.values().stream().anyMatch(count -> count != accepted.size()));
        return counts;
    }

    static Map<String, Integer> counts(String jdbcUrl, List<String> accepted) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            counts.put("intake: exactly one ContactReceived", exactlyOne(db, """
                    SELECT aggregateidentifier, count(*) FROM intake.domainevententry
                    WHERE payloadtype LIKE '%ContactReceived' AND aggregateidentifier = ANY (?) GROUP BY 1""", accepted));
            counts.put("triage: exactly one TriageOpened", exactlyOne(db, """
                    SELECT aggregateidentifier, count(*) FROM triage.domainevententry
                    WHERE payloadtype LIKE '%TriageOpened' AND aggregateidentifier = ANY (?) GROUP BY 1""", accepted));
            counts.put("triage: decision deadline fired exactly once", exactlyOne(db, """
                    SELECT aggregateidentifier, count(*) FROM triage.domainevententry
                    WHERE payloadtype LIKE '%DeadlinePassed' AND aggregateidentifier = ANY (?)
                      AND convert_from(payload, 'UTF8')::jsonb ->> 'deadline' = 'DECISION' GROUP BY 1""", accepted));
            counts.put("projection: in the queue (one contact_case)", exactlyOne(db, """
                    SELECT id, count(*) FROM projection.contact_case WHERE id = ANY (?) GROUP BY 1""", accepted));
            counts.put("projection: exactly one ContactReceived logged", exactlyOne(db, """
                    SELECT contact_id, count(*) FROM projection.event_log
                    WHERE event_type = 'ContactReceived' AND contact_id = ANY (?) GROUP BY 1""", accepted));
            counts.put("projection: exactly one TriageOpened logged", exactlyOne(db, """
                    SELECT contact_id, count(*) FROM projection.event_log
                    WHERE event_type = 'TriageOpened' AND contact_id = ANY (?) GROUP BY 1""", accepted));
        } catch (java.sql.SQLException notYet) {
            counts.put("database reachable", 0);
        }
        return counts;
    }

    private static int exactlyOne(Connection db, String sql, List<String> ids) throws java.sql.SQLException {
        try (var query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            int once = 0;
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    once += rows.getLong(2) == 1 ? 1 : 0;
                }
            }
            return once;
        }
    }

    private void did(String action) {
        String line = String.format("%6.1fs %s", (System.nanoTime() - started) / 1e9, action);
        actions.add(line);
        System.out.println("FAULTS " + line);
    }

    private static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    private static void stopQuietly(Platform platform, AtomicReference<EmbeddedKafkaServer> kafka,
                                    AtomicReference<EmbeddedPostgresServer> postgres) {
        if (platform != null) {
            platform.close();
        }
        EmbeddedKafkaServer broker = kafka.getAndSet(null);
        if (broker != null) {
            try {
                broker.close();
            } catch (Exception e) {
                System.err.println("FAULTS the broker did not stop cleanly: " + e.getMessage());
            }
        }
        EmbeddedPostgresServer database = postgres.getAndSet(null);
        if (database != null) {
            database.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
