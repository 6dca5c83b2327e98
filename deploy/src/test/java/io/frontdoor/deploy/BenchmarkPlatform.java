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
        if (System.getProperty("frontdoor.jvm.jit") == null) {
            System.setProperty("frontdoor.jvm.jit", "full"); // steady-state speed is what is measured
        }
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
