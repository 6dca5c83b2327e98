package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A service started by a JVM that is then killed (no shutdown hooks run) does not outlive it. */
class ServiceLifetimeTest {

    @Test
    void aServiceStopsWhenTheProcessThatStartedItIsKilled() throws Exception {
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Optional<ProcessHandle> service = Optional.empty();
        try (var out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the launcher reports the service it started").startsWith("PID ");
            service = ProcessHandle.of(Long.parseLong(line.substring(4)));
            assertThat(service).as("the service is running").isPresent();

            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            ProcessHandle orphan = service.get();
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(orphan.isAlive()).as("the service outlived the process that started it").isFalse());
        } finally {
            launcher.destroyForcibly();
            service.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Starts the local authorization server (the lightest service), says its pid, and waits to be killed. */
    public static final class Launcher {
        public static void main(String[] args) throws Exception {
            ServiceProcess auth = new ServiceProcess(Service.AUTH, Path.of(".."), Platform.freePort(), Map.of(),
                    Path.of("target", "lifetime-logs")).start().awaitReady(Duration.ofMinutes(8));
            System.out.println("PID " + auth.pid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(10).toMillis());
        }
    }
}
