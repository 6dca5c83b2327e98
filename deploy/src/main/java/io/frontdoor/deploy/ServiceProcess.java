package io.frontdoor.deploy;

import io.frontdoor.kernel.process.ExitWithParent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Front Door service running as its own JVM process, as in production: it can be stopped, killed and started again. */
public final class ServiceProcess implements AutoCloseable {

    public enum Service {
        /** The local stack's sign-in (Spring Authorization Server): never deployed to production. */
        AUTH("auth-server"), INTAKE("intake-service"), TRIAGE("triage-service"), PROJECTION("projection-service"),
        /** The browser front end: signs people in at AUTH and calls the three services with their tokens. */
        WEB("web");

        final String module;

        Service(String module) {
            this.module = module;
        }

        public String module() {
            return module;
        }
    }

    private final Service service;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public ServiceProcess(Service service, Path projectRoot, int port, Map<String, String> environment, Path logDirectory) {
        this(service, 1, projectRoot, port, environment, logDirectory);
    }

    /** @param instance which of the service's instances (from 1): the second logs to {@code intake-service-2.log} */
    public ServiceProcess(Service service, int instance, Path projectRoot, int port, Map<String, String> environment, Path logDirectory) {
        this.service = service;
        this.jar = findJar(projectRoot, service).toAbsolutePath().normalize();
        this.port = port;
        this.environment = environment;
        this.log = logDirectory.resolve(service.module + (instance == 1 ? "" : "-" + instance) + ".log");
    }

    static Path findJar(Path projectRoot, Service service) {
        Path target = projectRoot.resolve(service.module).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target + ": run mvn package first"));
        } catch (IOException e) {
            throw new IllegalStateException("no " + target + ": run mvn package first", e);
        }
    }

    public ServiceProcess start() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jit());
        command.addAll(extraJvmOptions(service));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        // the service exits when this JVM is gone, even killed (ExitWithParent)
        builder.environment().put(ExitWithParent.PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.module, e);
        }
        return this;
    }

    /** Waits until the service answers its health check. */
    public ServiceProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(service.module + " not ready after " + timeout + "; see " + log);
    }

    /** A graceful stop (SIGTERM), as Ctrl-C or an orchestrator would. */
    public void stop() {
        beginStop();
        awaitStopped();
    }

    /** Asks the process (and anything it started) to stop, without waiting: several services stop at once. */
    void beginStop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Waits for a stop asked by {@link #beginStop()}; forces it after 30 seconds. */
    void awaitStopped() {
        if (process != null) {
            waitFor(Duration.ofSeconds(30));
        }
    }

    /** The operating system's id of the running process. */
    public long pid() {
        return process.pid();
    }

    /** A crash (SIGKILL): no shutdown hooks, no flush, in-flight work abandoned. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    private void waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Service service() {
        return service;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * The full JIT (C1, then C2 for hot code) by default, as the local stack runs: it runs a steady load with far less CPU.
     * {@code -Dfrontdoor.jvm.jit=c1} stops at C1, which starts sooner on a busy machine: what the end-to-end tests use.
     */
    static List<String> jit() {
        return "c1".equalsIgnoreCase(System.getProperty("frontdoor.jvm.jit", "full")) ? List.of("-XX:TieredStopAtLevel=1") : List.of();
    }

    /**
     * More JVM options for every service ({@code -Dfrontdoor.jvm.options=...}) or one
     * ({@code -Dfrontdoor.jvm.options.intake-service=...}), e.g. to record a profile:
     * {@code -XX:StartFlightRecording=filename=target/intake.jfr,settings=profile}.
     */
    static List<String> extraJvmOptions(Service service) {
        List<String> options = new ArrayList<>();
        for (String key : List.of("frontdoor.jvm.options", "frontdoor.jvm.options." + service.module)) {
            String value = System.getProperty(key, "").trim();
            if (!value.isEmpty()) {
                options.addAll(List.of(value.split("\\s+")));
            }
        }
        return options;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
