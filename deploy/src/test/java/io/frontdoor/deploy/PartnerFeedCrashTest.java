package io.frontdoor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.frontdoor.deploy.PartnerFeedClient.Example;
import io.frontdoor.deploy.ServiceProcess.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Intake killed (SIGKILL) while it is consuming a batch of partner referrals, then started again: every message
 * becomes exactly one contact — none lost (offsets are committed only after the contact is recorded) and none doubled
 * (the redelivered ones are resends of the same sender and reference).
 */
class PartnerFeedCrashTest {

    static final int MESSAGES = 600;
    static final int KILL_WHEN_RECORDED = 60;

    @Test
    void everyMessageBecomesExactlyOneContactAcrossAnIntakeCrash() throws Exception {
        ServiceProcess intake = RunningPlatform.get().get(Service.INTAKE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Example> examples = PartnerFeedClient.examples();
        List<Example> batch = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            Example example = examples.get(i % examples.size());
            batch.add(example.withReference(example.key() + "-CRASH-" + run + "-" + i));
        }
        List<String> contactIds = batch.stream().map(Example::contactId).toList();

        try (var producer = PartnerFeedClient.producer()) {
            for (Example message : batch) {
                producer.send(PartnerFeedClient.record(message));
            }
            producer.flush();
        }
        int recordedAtKill = awaitRecorded(contactIds, KILL_WHEN_RECORDED, Duration.ofMinutes(3));
        intake.kill();
        int recordedAfterKill = PartnerFeedClient.contactsRecorded(contactIds).size();
        System.out.println("intake killed with " + recordedAfterKill + " of " + MESSAGES + " messages recorded");
        intake.start().awaitReady(Duration.ofMinutes(3));

        awaitRecorded(contactIds, MESSAGES, Duration.ofMinutes(5));
        Map<String, Long> recorded = PartnerFeedClient.contactsRecorded(contactIds);
        assertThat(recordedAfterKill).as("killed in the middle of the batch (recorded when killed)")
                .isGreaterThanOrEqualTo(recordedAtKill).isLessThan(MESSAGES);
        assertThat(recorded).as("every message is a contact").hasSize(MESSAGES).containsOnlyKeys(contactIds);
        assertThat(recorded.values()).as("each contact recorded once").containsOnly(1L);
    }

    private static int awaitRecorded(List<String> contactIds, int atLeast, Duration timeout) {
        return await(atLeast + " of " + contactIds.size() + " messages recorded").atMost(timeout).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> PartnerFeedClient.contactsRecorded(contactIds).size(), recorded -> recorded >= atLeast);
    }
}
