package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.PartnerFeedClient.Example;
import io.frontdoor.infra.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client the project did not write: Kafka's own console producer and consumer (kafka-tools from Maven Central), run by
 * {@code deploy/examples/kafka-console.sh} exactly as the README's tour runs them, against the running services.
 */
class PartnerConsoleClientTest {

    static String run(String command) throws Exception {
        RunningPlatform.get();
        Process process = new ProcessBuilder("bash", Path.of("examples", "kafka-console.sh").toString(), command,
                TestInfrastructure.get().kafkaBootstrapServers()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void theConsoleProducersExamplesBecomeContactsAndTheConsoleConsumerReadsTheirAcknowledgements() throws Exception {
        List<Example> examples = PartnerFeedClient.examples();

        String produced = run("produce");

        assertThat(produced).contains("sent police-domestic-abuse.json", "sent multi-agency-referral.json");
        List<String> contactIds = examples.stream().map(Example::contactId).toList();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(PartnerFeedClient.contactsRecorded(contactIds)).hasSize(examples.size()));

        // the console consumer reads what is there and exits: run it again until every acknowledgement is in its output (in
        // this thread, so a run that started before the deadline finishes and counts)
        String feedback = await().atMost(Duration.between(Instant.now(), deadline)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1)).until(() -> run("consume"), output -> examples.stream().allMatch(acknowledgedIn(output)));
        for (Example example : examples) {
            assertThat(feedback).as(example.file()).contains("sender:" + example.sender())
                    .containsPattern("\t" + example.key() + "\t\\{\"feedbackId\":\"[^\"]+\",\"kind\":\"ACKNOWLEDGEMENT\"");
        }
    }

    private static java.util.function.Predicate<Example> acknowledgedIn(String output) {
        return example -> output.contains("\t" + example.key() + "\t");
    }
}
