package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontdoor.deploy.load.FaultHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The short run of the fault harness: a few contacts a second while intake, triage and projection are each killed
 * (SIGKILL) and started again, the broker is restarted and PostgreSQL is restarted; then every accepted contact is in
 * each store exactly once and its decision deadline fired once. The long run: see {@link FaultHarness}.
 */
class FaultHarnessTest {

    @Test
    void everyAcceptedContactIsEverywhereExactlyOnceAfterKillsAndRestarts() throws Exception {
        FaultHarness.Report report = new FaultHarness(new FaultHarness.Options(8, 4, 240,
                Path.of("target", "fault-harness-short"), Path.of(".."))).run();
        report.print(System.out);
        assertThat(report.accepted()).as("contacts were accepted while the faults happened").isGreaterThan(50);
        assertThat(report.counts()).as("every check passed by every accepted contact")
                .allSatisfy((check, passing) -> assertThat(passing).as(check).isEqualTo(report.accepted()));
    }
}
