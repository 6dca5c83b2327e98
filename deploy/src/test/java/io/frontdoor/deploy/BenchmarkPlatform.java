package io.frontdoor.deploy;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.LoadGenerator;
import io.frontdoor.infra.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services as processes for the benchmarks: on the tests' real PostgreSQL and broker, with INFO logging (the
 * end-to-end tests' DEBUG logging would be most of what is measured) and the shipped threshold packs, so the load
 * generator's indicators are drawn from the whole of each pack.
 */
final class BenchmarkPlatform {

    static final Path LOGS = Path.of("target", "benchmark-logs");

    private BenchmarkPlatform() {
    }

    static Platform start() {
        // steady-state speed is what is measured: the full JIT, whatever the end-to-end tests' default (deploy's pom: c1)
        System.setProperty("frontdoor.jvm.jit", System.getProperty("benchmark.jit", "full"));
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        Platform platform = new Platform(Path.of(".."), infra.jdbcUrl(), infra.username(), infra.password(),
                infra.kafkaBootstrapServers(), Map.of(), LOGS, Map.of("FRONTDOOR_PACKS_LOCATION", "classpath:packs/"));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        return platform.start(Duration.ofMinutes(10));
    }

    static LoadGenerator.Options load(Platform platform) {
        return LoadGenerator.Options.parse("--intake=" + platform.url(Service.INTAKE), "--projection=" + platform.url(Service.PROJECTION),
                "--issuer=" + platform.issuer(), "--kafka=" + TestInfrastructure.get().kafkaBootstrapServers());
    }

    /** Resident memory of this JVM (which runs the broker) and every process it started (services, PostgreSQL), in MB. */
    static String memory() {
        long rss = 0;
        long pss = 0;
        int processes = 0;
        for (ProcessHandle process : java.util.stream.Stream.concat(java.util.stream.Stream.of(ProcessHandle.current()),
                ProcessHandle.current().descendants()).toList()) {
            rss += kilobytes(process.pid(), "status", "VmRSS");
            pss += kilobytes(process.pid(), "smaps_rollup", "Pss");
            processes++;
        }
        return String.format("%d processes: RSS %d MB, PSS %d MB (PSS shares PostgreSQL's shared buffers out once)",
                processes, rss / 1024, pss / 1024);
    }

    /**
     * CPU time (user and system) used so far by each service, by PostgreSQL (every {@code postgres} process on the
     * machine: its backends live as long as the pools' connections) and by this JVM (the broker and the load generator).
     */
    static Map<String, Duration> cpu(Platform platform) {
        Map<String, Duration> used = new java.util.LinkedHashMap<>();
        for (Service service : Service.values()) {
            used.put(service.name().toLowerCase(java.util.Locale.ROOT), cpuOf(ProcessHandle.of(platform.get(service).pid())));
        }
        used.put("postgresql", ProcessHandle.allProcesses()
                .filter(process -> process.info().command().filter(command -> command.endsWith("/postgres")).isPresent())
                .map(process -> cpuOf(java.util.Optional.of(process))).reduce(Duration.ZERO, Duration::plus));
        used.put("broker and load generator", cpuOf(java.util.Optional.of(ProcessHandle.current())));
        return used;
    }

    /**
     * Each part's CPU between two {@link #cpu} readings divided by {@code per} (the contacts sent between them, or the
     * seconds), in ms, and all of it together.
     */
    static String cpuPer(Map<String, Duration> before, Map<String, Duration> after, long per) {
        StringBuilder line = new StringBuilder();
        double total = 0;
        for (var part : after.entrySet()) {
            double each = (part.getValue().toNanos() - before.getOrDefault(part.getKey(), Duration.ZERO).toNanos()) / 1e6 / per;
            total += each;
            line.append(String.format("%s %.1f ms, ", part.getKey(), each));
        }
        return line.append(String.format("all %.1f ms", total)).toString();
    }

    private static Duration cpuOf(java.util.Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    static long rssMegabytes(ServiceProcess service) {
        return kilobytes(service.pid(), "status", "VmRSS") / 1024;
    }

    private static long kilobytes(long pid, String file, String field) {
        try {
            Matcher matcher = Pattern.compile("^" + field + ":\\s+(\\d+) kB", Pattern.MULTILINE)
                    .matcher(Files.readString(Path.of("/proc", Long.toString(pid), file)));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (Exception gone) {
            return 0;
        }
    }

    static List<Double> sorted(List<Double> values) {
        return values.stream().sorted().toList();
    }

    static double median(List<Double> values) {
        return sorted(values).get(values.size() / 2);
    }
}
