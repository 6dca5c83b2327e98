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
            String log = Files.readString(platform.get(service).log());
            assertThat(log).as(service.module() + "'s log").contains("Started ")
                    .contains("You have opted out of the AxonIQ UpdateChecker")
                    .doesNotContain("will be checked for updates periodically")
                    .doesNotContain("UpdateCheckerHttpClient")
                    .doesNotContain("get.axoniq.io");
        }
    }
}
