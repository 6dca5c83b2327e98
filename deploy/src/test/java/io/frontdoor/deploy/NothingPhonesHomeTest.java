package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.ServiceProcess.Service;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services run as in production (no test classes on their class path, where Axon skips its update checker). */
class NothingPhonesHomeTest {

    @Test
    void noServiceAsksAxonIqForUpdates() throws Exception {
        var platform = RunningPlatform.get();
        for (Service service : List.of(Service.INTAKE, Service.TRIAGE, Service.PROJECTION)) {
            List<String> log = Files.readAllLines(platform.get(service).log());
            assertThat(log).as(service.module() + "'s log")
                    .noneMatch(line -> line.contains("will be checked for updates periodically"))
                    // lines the HTTP client itself logs (at DEBUG the condition report only names the class)
                    .noneMatch(line -> line.matches(".*updates\\.UpdateCheckerHttpClient\\s+:.*"))
                    .noneMatch(line -> line.contains("get.axoniq.io"));
        }
        for (Service axonWithChecker : List.of(Service.INTAKE, Service.TRIAGE)) {
            assertThat(Files.readString(platform.get(axonWithChecker).log())).as(axonWithChecker.module() + "'s log")
                    .contains("You have opted out of the AxonIQ UpdateChecker");
        }
    }
}
